package org.jmapserv.mapfile.parse;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.antlr.v4.runtime.Token;
import org.jmapserv.mapfile.Diagnostic;
import org.jmapserv.mapfile.MapfileException;
import org.jmapserv.mapfile.SourcePosition;
import org.jmapserv.mapfile.antlr.MapfileParser;
import org.jmapserv.mapfile.model.MapDef;
import org.jmapserv.mapfile.source.FileSourceLoader;
import org.jmapserv.mapfile.source.SourceLoader;
import org.jmapserv.mapfile.source.SourceText;

/**
 * Reads a mapfile into a {@link MapDef}, as msLoadMap (mapfile.c) does: lexing with INCLUDE expansion, the block
 * structure, every block's keywords and checks, then the SYMBOLSET file and symbol-name resolution
 * (loadSymbolSet, resolveSymbolNames). Tokens after the MAP's END are ignored, as in MapServer.
 * <p>Thread-safe: every call uses fresh lexer, parser and reader state; instances hold only the loader.
 */
public final class MapfileReader {
    private final SourceLoader loader;

    public MapfileReader() {
        this(new FileSourceLoader());
    }

    public MapfileReader(SourceLoader loader) {
        this.loader = loader;
    }

    /** Reads {@code mapfile}; its directory becomes {@code mapPath}, against which relative paths resolve. */
    public MapDef read(Path mapfile) throws MapfileException {
        Path absolute = mapfile.toAbsolutePath().normalize();
        SourceText text;
        try {
            text = loader.load(absolute);
        } catch (IOException e) {
            throw new MapfileException(new Diagnostic(new SourcePosition(absolute.toString(), 0, 0),
                    "cannot read mapfile: " + e.getMessage()));
        }
        Path dir = absolute.getParent() == null ? absolute : absolute.getParent();
        return read(text, dir);
    }

    /**
     * Reads mapfile text held in memory (msLoadMapFromString); {@code name} appears in diagnostics and
     * {@code mapPath} is the directory relative paths (INCLUDE, SYMBOLSET) resolve against.
     */
    public MapDef readString(String text, String name, Path mapPath) throws MapfileException {
        if (text.length() > SourceLoader.MAX_FILE_BYTES) {
            throw new MapfileException(new Diagnostic(new SourcePosition(name, 0, 0),
                    "mapfile text is larger than the limit of " + SourceLoader.MAX_FILE_BYTES + " characters"));
        }
        Path dir = mapPath.toAbsolutePath().normalize();
        return read(new SourceText(name, dir.resolve(name).normalize(), text), dir);
    }

    private MapDef read(SourceText source, Path mapPath) throws MapfileException {
        Problems problems = new Problems();
        MapfileParser.BlockContext root = parseBlocks(loader, source, mapPath, problems, "MAP", "mapfile");
        problems.throwIfAny();
        ReadSession session = new ReadSession(problems, loader, mapPath);
        MapDef.Builder b = MapReader.read(root, session);
        b.mapPath = mapPath.toString();
        problems.throwIfAny();
        new MapEndChecks(loader, mapPath).check(b, session);
        if (b.symbolSet != null && !problems.any()) {
            b.symbols.addAll(new SymbolSetReader(loader).readSymbols(mapPath.resolve(b.symbolSet), mapPath, problems,
                    session.symbolSetAt));
        }
        new SymbolNameChecker(loader, mapPath).check(b, problems);
        problems.throwIfAny();
        return b.build();
    }

    /** Lexes (with includes), classifies and parses {@code source}; null after reporting problems. */
    static MapfileParser.BlockContext parseBlocks(SourceLoader loader, SourceText source, Path basePath,
            Problems problems, String rootKeyword, String kind) {
        IncludingTokenReader reader = new IncludingTokenReader(loader, basePath, problems);
        List<Token> tokens = (rootKeyword.equals("CONFIG") ? reader.forConfigFile() : reader).read(source);
        if (problems.any()) {
            return null;
        }
        if (tokens.isEmpty()) {
            String t = source.text();
            int lines = (int) t.chars().filter(c -> c == '\n').count() + (t.endsWith("\n") ? 0 : 1);
            int eofLine = Math.max(1, lines);
            problems.add(new Diagnostic(new SourcePosition(source.name(), eofLine, 1), "First token must be "
                    + rootKeyword + ", this doesn't look like a " + kind + ". (the file holds no tokens, only "
                    + "comments or blanks)"));
            return null;
        }
        List<Token> rootTokens = new BlockClassifier(problems).classify(tokens, rootKeyword, kind);
        if (rootTokens == null) {
            return null;
        }
        return new BlockTreeParser(problems).parse(rootTokens);
    }
}
