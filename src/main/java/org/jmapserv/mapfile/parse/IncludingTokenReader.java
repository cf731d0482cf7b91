package org.jmapserv.mapfile.parse;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.Token;
import org.jmapserv.mapfile.SourcePosition;
import org.jmapserv.mapfile.antlr.ConfigLexer;
import org.jmapserv.mapfile.antlr.MapfileLexer;
import org.jmapserv.mapfile.source.SourceLoader;
import org.jmapserv.mapfile.source.SourceText;

/**
 * Lexes a file and splices INCLUDEd files into its token list at token level, as maplexer.l's INCLUDE state does,
 * so every token keeps its own file name and line. Mirrors MAX_INCLUDE_DEPTH (5 nested includes; the sixth fails
 * with MapServer's "Includes nested to deeply."). An include path resolves as msBuildPath(msyybasepath, name)
 * does, against the top-level mapfile's directory only (verified with MapServer 8.0: a nested include written
 * relative to the including file fails there, so it fails here too, with a hint when such a file exists next to
 * the including file). Cycles are reported with the whole chain rather than running into the depth limit.
 */
final class IncludingTokenReader {
    static final int MAX_INCLUDE_DEPTH = 5;
    /** Total characters over the root file and all its includes (the same file may be included many times). */
    static final long MAX_TOTAL_CHARS = SourceLoader.MAX_FILE_BYTES;

    private final SourceLoader loader;
    private final Path mapPath;
    private final Problems problems;
    private final Deque<Path> openFiles = new ArrayDeque<>();
    private boolean configFile;
    private long totalChars;

    IncludingTokenReader(SourceLoader loader, Path mapPath, Problems problems) {
        this.loader = loader;
        this.mapPath = mapPath;
        this.problems = problems;
    }

    /** Lex with the config file's rules (maplexer.l state CONFIG_FILE): no INCLUDE, numbers, regexes, ... */
    IncludingTokenReader forConfigFile() {
        configFile = true;
        return this;
    }

    /** The default-channel tokens of {@code root} and its includes, without EOF. */
    List<Token> read(SourceText root) {
        List<Token> out = new ArrayList<>();
        lex(root, List.of(), out);
        return out;
    }

    /** Characters that start no token (each one a parse error where it stands) tolerated in one file. */
    static final int MAX_STRAY_CHARACTERS = 10_000;

    private void lex(SourceText source, List<SourcePosition> includedFrom, List<Token> out) {
        totalChars += source.text().length();
        if (totalChars > MAX_TOTAL_CHARS) {
            problems.add(new org.jmapserv.mapfile.Diagnostic(new SourcePosition(source.name(), 1, 1),
                    "mapfile and its includes exceed " + MAX_TOTAL_CHARS + " characters; refusing to read further",
                    includedFrom));
            return;
        }
        openFiles.push(source.path());
        org.antlr.v4.runtime.CharStream chars = CharStreams.fromString(source.text(), source.name());
        org.antlr.v4.runtime.Lexer lexer = configFile ? new ConfigLexer(chars) : new LinearMapfileLexer(chars, source.text());
        lexer.removeErrorListeners();
        lexer.setTokenFactory(new MapfileTokenFactory(includedFrom));
        int stray = 0;
        for (Token t = lexer.nextToken(); t.getType() != Token.EOF && !problems.full(); t = lexer.nextToken()) {
            if (t.getType() == MapfileLexer.OTHER && ++stray > MAX_STRAY_CHARACTERS) {
                // 50 MB of NUL bytes would otherwise become 50 million tokens (6 GB) before the parser said no
                problems.at(t, "Parsing error near " + Problems.near(t) + ": more than " + MAX_STRAY_CHARACTERS
                        + " characters that start no token; this is not a mapfile, refusing to read further");
                break;
            }
            switch (t.getType()) {
                case MapfileLexer.UNTERMINATED_STRING, MapfileLexer.UNTERMINATED_COMMENT -> out.add(t);
                case MapfileLexer.WORD -> {
                    if (!configFile && t.getText().equalsIgnoreCase("include")) {
                        Token name = lexer.nextToken();
                        include(t, name, includedFrom, out);
                    } else {
                        out.add(t);
                    }
                }
                default -> {
                    if (t.getChannel() == Token.DEFAULT_CHANNEL) {
                        out.add(t);
                    }
                }
            }
        }
        openFiles.pop();
    }

    private void include(Token keyword, Token name, List<SourcePosition> includedFrom, List<Token> out) {
        String text = name.getText();
        if (name.getType() != MapfileLexer.STRING || text.length() < 2 || text.charAt(text.length() - 1) != text.charAt(0)) {
            problems.at(name, "Parsing error near " + Problems.near(name)
                    + ": INCLUDE must be followed by a quoted file name");
            return;
        }
        String file = text.substring(1, text.length() - 1);
        if (includedFrom.size() >= MAX_INCLUDE_DEPTH) {
            problems.at(name, "Includes nested to deeply. (\"" + file + "\" would be include level "
                    + (includedFrom.size() + 1) + "; MapServer allows " + MAX_INCLUDE_DEPTH + ")");
            return;
        }
        FilePathText target = FilePathText.resolve(loader, mapPath, file);
        if (target.problem() != null) {
            String where = target.resolved() == null ? target.because()
                    : "(" + target.resolved() + " " + target.problem() + hint(file) + ")";
            problems.at(name, "Error opening included file \"" + FilePathText.shown(file) + "\". " + where);
            return;
        }
        Path resolved = target.resolved();
        if (openFiles.contains(resolved)) {
            reportCycle(resolved, ((MapfileToken) name).position(), includedFrom);
            return;
        }
        SourceText included;
        try {
            included = loader.load(resolved);
        } catch (IOException e) {
            problems.at(name, "Error opening included file \"" + file + "\": " + e.getMessage());
            return;
        }
        List<SourcePosition> chain = new ArrayList<>(includedFrom);
        chain.add(((MapfileToken) keyword).position());
        lex(included, chain, out);
    }

    private String hint(String file) {
        try {
            Path sibling = includingDirectory().resolve(file).normalize();
            return !includingDirectory().equals(mapPath) && loader.exists(sibling) ? "; " + sibling + " exists, but "
                    + "MapServer resolves INCLUDE paths against the main mapfile's directory, not the including file's"
                    : "";
        } catch (java.nio.file.InvalidPathException e) {
            return "";
        }
    }

    /** Reported at the INCLUDE inside the repeated file that starts the loop, naming the whole cycle. */
    private void reportCycle(Path again, SourcePosition at, List<SourcePosition> includedFrom) {
        List<SourcePosition> chain = new ArrayList<>(includedFrom);
        chain.add(at);
        String message = "INCLUDE cycle: " + cycle(again);
        for (int i = 0; i < chain.size(); i++) {
            if (Path.of(chain.get(i).file()).normalize().equals(again)) {
                problems.add(new org.jmapserv.mapfile.Diagnostic(chain.get(i), message, chain.subList(0, i)));
                return;
            }
        }
        problems.add(new org.jmapserv.mapfile.Diagnostic(at, message, includedFrom));
    }

    private Path includingDirectory() {
        Path current = openFiles.peek();
        Path dir = current == null ? null : current.getParent();
        return dir == null ? mapPath : dir;
    }

    private String cycle(Path again) {
        List<Path> chain = new ArrayList<>(openFiles);
        java.util.Collections.reverse(chain);
        StringBuilder sb = new StringBuilder();
        for (Path p : chain.subList(chain.indexOf(again), chain.size())) {
            sb.append(p.getFileName()).append(" -> ");
        }
        return sb.append(again.getFileName()).toString();
    }
}
