package dmf.cli;
public final class Main { public static void main(String[] a) { System.out.println(dmf.linalg.Backend.get().description()); } }
