#!/usr/bin/env bash
# Same start against the independent PyTorch reference (../shared/peers): rank-5 100x100 completion
# from 2000 entries, depth 3, float64, GroupRMSprop lr 1e-3, stop at train loss <= 1e-6. PyTorch
# draws the initial factors and dumps them; dmf trains from the same factors. Prints both
# iteration counts and test errors. Needs /usr/bin/python3 with torch (Debian python3-torch).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
peers="${DMF_PEERS:-$here/../shared/peers}"
work="${1:-$(mktemp -d)}"
export OPENBLAS_NUM_THREADS=1 OMP_NUM_THREADS=1
/usr/bin/python3 "$peers/gen_instance.py" --rank 5 --n-obs 2000 --seed 0 --out-root "$work" --name inst >/dev/null
/usr/bin/python3 "$peers/dmf_torch.py" --instance "$work/inst" --depth 3 --dtype float64 --threads 1 \
  --dump-init "$work/init" --out "$work/torch.json" >/dev/null
"$here/dmf" train -q --instance "$work/inst" --out "$work/dmf" --init-from "$work/init" --depth 3 \
  --optimizer grouprmsprop --lr 1e-3 --loss-threshold 1e-6 --precision float64 >/dev/null
/usr/bin/python3 - "$work" <<'PY'
import json, sys
w = sys.argv[1]
t = json.load(open(w + "/torch.json"))
d = json.load(open(w + "/dmf/summary.json"))
print(f"PyTorch: {t['iterations']} iterations, test error {t['test_error']!r}")
print(f"dmf:     {d['iterations']} iterations, test error {d['test_error']!r}")
print(f"relative difference of test error: {abs(d['test_error'] - t['test_error']) / t['test_error']:.2e}")
PY
