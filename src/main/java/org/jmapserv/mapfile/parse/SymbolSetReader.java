package org.jmapserv.mapfile.parse;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.antlr.v4.runtime.Token;
import org.jmapserv.mapfile.Diagnostic;
import org.jmapserv.mapfile.MapfileException;
import org.jmapserv.mapfile.SourcePosition;
import org.jmapserv.mapfile.antlr.MapfileParser;
import org.jmapserv.mapfile.model.SymbolDef;
import org.jmapserv.mapfile.source.FileSourceLoader;
import org.jmapserv.mapfile.source.SourceLoader;
import org.jmapserv.mapfile.source.SourceText;

/**
 * Reads a SYMBOLSET file: {@code SYMBOLSET}, SYMBOL blocks, {@code END} (mirrors msLoadSymbolSet, mapsymbol.c).
 * Symbol IMAGE paths stay as written; they resolve against the symbol set's directory. INCLUDEs in the symbol set
 * resolve, as in MapServer 8, against the mapfile's directory. Thread-safe.
 */
public final class SymbolSetReader {
    private final SourceLoader loader;

    public SymbolSetReader() {
        this(new FileSourceLoader());
    }

    public SymbolSetReader(SourceLoader loader) {
        this.loader = loader;
    }

    /** The symbols of the symbol set at {@code path}, in file order. */
    public List<SymbolDef> readSymbolSet(Path path) throws MapfileException {
        Problems problems = new Problems();
        Path abs = path.toAbsolutePath().normalize();
        List<SymbolDef> symbols = readSymbols(abs, abs.getParent() == null ? abs : abs.getParent(), problems, null);
        problems.throwIfAny();
        return symbols;
    }

    /**
     * The symbols of {@code path}; INCLUDEs inside it resolve against {@code includeBase}, which for a map's
     * SYMBOLSET is the mapfile's directory (msyybasepath stays the map's path while loadSymbolSet lexes).
     */
    List<SymbolDef> readSymbols(Path path, Path includeBase, Problems problems, Token referencedAt) {
        SourceText text;
        try {
            text = loader.load(path);
        } catch (IOException e) {
            String msg = "cannot read SYMBOLSET file: " + e.getMessage();
            if (referencedAt != null) {
                problems.at(referencedAt, msg);
            } else {
                problems.add(new Diagnostic(new SourcePosition(path.toString(), 0, 0), msg));
            }
            return List.of();
        }
        Path dir = path.getParent() == null ? path : path.getParent();
        MapfileParser.BlockContext root = MapfileReader.parseBlocks(loader, text, includeBase, problems, "SYMBOLSET",
                "symbol set");
        List<SymbolDef> out = new ArrayList<>();
        if (root == null) {
            return out;
        }
        ReadSession session = new ReadSession(problems, loader, dir);
        Values v = new Values(root);
        while (v.advance()) {
            if (v.nestedBlock() != null && v.keyword().equals("SYMBOL")) {
                out.add(SymbolReader.read(v.nestedBlock(), session));
            } else {
                problems.at(v.keywordToken(), "Parsing error near (" + v.keywordToken().getText()
                        + "): unknown keyword in SYMBOLSET; expected SYMBOL or END");
                break;
            }
        }
        return out;
    }
}
