/**
 * Reading and writing only, shared by the io sub-packages: whole-file atomic writes (temp file,
 * then rename), JSON and TOML codecs.
 *
 * <p>May import: base.
 */
package dmf.io;
