package org.jmapserv.testsupport;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * The methods that compiled classes call, read from the constant pools of their class files (every
 * {@code Methodref} names its owner class and method): enough to tell whether any product code outside the
 * mapfile reader reads a model record's component, without a bytecode library.
 */
public final class MethodReferences {

    private final Set<String> refs = new HashSet<>();

    private MethodReferences() {
    }

    /**
     * Every {@code owner#method} (owner in internal form, e.g. {@code org/jmapserv/mapfile/model/LayerDef}) called
     * by the class files under {@code root} whose path relative to it {@code include} accepts.
     */
    public static MethodReferences scan(Path root, Predicate<String> include) throws IOException {
        MethodReferences m = new MethodReferences();
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.filter(p -> p.toString().endsWith(".class")).toList()) {
                String rel = root.relativize(p).toString().replace('\\', '/');
                if (include.test(rel)) {
                    try (InputStream in = Files.newInputStream(p)) {
                        m.read(new DataInputStream(in));
                    }
                }
            }
        }
        return m;
    }

    public boolean calls(String owner, String method) {
        return refs.contains(owner + "#" + method);
    }

    private void read(DataInputStream in) throws IOException {
        in.readInt(); // magic
        in.readUnsignedShort();
        in.readUnsignedShort();
        int n = in.readUnsignedShort();
        String[] utf8 = new String[n];
        int[] classNameIndex = new int[n];
        int[][] memberRef = new int[n][];
        int[][] nameAndType = new int[n][];
        for (int i = 1; i < n; i++) {
            int tag = in.readUnsignedByte();
            switch (tag) {
                case 1 -> utf8[i] = in.readUTF();
                case 3, 4 -> in.readInt();
                case 5, 6 -> {
                    in.readLong();
                    i++; // longs and doubles take two slots
                }
                case 7 -> classNameIndex[i] = in.readUnsignedShort();
                case 8, 16, 19, 20 -> in.readUnsignedShort();
                case 9 -> {
                    in.readUnsignedShort();
                    in.readUnsignedShort();
                }
                case 10, 11 -> memberRef[i] = new int[] {in.readUnsignedShort(), in.readUnsignedShort()};
                case 12 -> nameAndType[i] = new int[] {in.readUnsignedShort(), in.readUnsignedShort()};
                case 15 -> {
                    in.readUnsignedByte();
                    in.readUnsignedShort();
                }
                case 17, 18 -> {
                    in.readUnsignedShort();
                    in.readUnsignedShort();
                }
                default -> throw new IOException("unknown constant pool tag " + tag);
            }
        }
        for (int[] r : memberRef) {
            if (r != null) {
                String owner = utf8[classNameIndex[r[0]]];
                String name = utf8[nameAndType[r[1]][0]];
                refs.add(owner + "#" + name);
            }
        }
    }
}
