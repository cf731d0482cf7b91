package org.jmapserv.mapfile.parse;

import java.util.ArrayList;
import java.util.List;

import org.antlr.v4.runtime.Token;
import org.jmapserv.mapfile.antlr.MapfileLexer;
import org.jmapserv.mapfile.antlr.MapfileParser;
import org.jmapserv.mapfile.model.Vertex;

/** Reads POINTS x y ... END (FEATURE and SYMBOL) and PATTERN a b ... END (STYLE): numbers up to END. */
final class PointsReader {
    private PointsReader() {
    }

    static List<Double> numbers(MapfileParser.BlockContext block) {
        Values v = new Values(block);
        List<Double> out = new ArrayList<>();
        for (Token t : v.remainingTokens()) {
            if (t.getType() != MapfileLexer.NUMBER) {
                throw v.fail(t, v.blockName() + " expects numbers up to END");
            }
            out.add(Values.atof(t.getText()));
        }
        return out;
    }

    static List<Vertex> vertices(MapfileParser.BlockContext block) {
        List<Double> n = numbers(block);
        if (n.size() % 2 != 0) {
            throw new ReadError(block.END().getSymbol(), "Parsing error near (END): POINTS expects x y pairs; "
                    + "an odd number of values was given");
        }
        List<Vertex> out = new ArrayList<>(n.size() / 2);
        for (int i = 0; i < n.size(); i += 2) {
            out.add(new Vertex(n.get(i), n.get(i + 1)));
        }
        return out;
    }
}
