package org.jmapserv.mapfile.model.expr;

import java.util.List;
import java.util.Objects;

/**
 * A parsed MapServer logical expression (the text of a mapfile {@code (expression)} value). The node
 * kinds are the tokens and productions of mapparser.y; value types (number, string, time, shape) are
 * decided from them by {@link ExprTypes}, as MapServer's bison grammar does.
 */
public sealed interface Expr {

    /** A number literal, already converted (atof). */
    record NumberLiteral(double value) implements Expr {}

    /** A quoted string literal, escapes resolved. */
    record StringLiteral(String value) implements Expr {
        public StringLiteral {
            Objects.requireNonNull(value, "value");
        }
    }

    /** A back-quoted time literal such as {@code `2004-01-01`}, parsed with MapServer's time formats. */
    record TimeLiteral(MapServerTime value) implements Expr {
        public TimeLiteral {
            Objects.requireNonNull(value, "value");
        }
    }

    /** {@code true} or {@code false}. */
    record BooleanLiteral(boolean value) implements Expr {}

    /** {@code fromtext("WKT")}: a constant geometry, kept as its well-known text. */
    record ShapeLiteral(String wkt) implements Expr {
        public ShapeLiteral {
            Objects.requireNonNull(wkt, "wkt");
        }
    }

    /** {@code [item]}: the attribute converted to a number with C atof semantics. */
    record NumberBinding(String item) implements Expr {
        public NumberBinding {
            Objects.requireNonNull(item, "item");
        }
    }

    /** {@code "[item]"} or {@code '[item]'}: the attribute as a string. */
    record StringBinding(String item) implements Expr {
        public StringBinding {
            Objects.requireNonNull(item, "item");
        }
    }

    /** {@code `[item]`}: the attribute parsed as a MapServer time. */
    record TimeBinding(String item) implements Expr {
        public TimeBinding {
            Objects.requireNonNull(item, "item");
        }
    }

    /** {@code [shape]}: the feature's geometry. */
    record ShapeBinding() implements Expr {}

    /** {@code [map_cellsize]}: map units per pixel of the draw in progress. */
    record MapCellSize() implements Expr {}

    /** {@code [data_cellsize]}: the data source's cell size (rasters; NaN for vector data). */
    record DataCellSize() implements Expr {}

    /** A prefix operator. */
    record Unary(UnaryOp op, Expr operand) implements Expr {
        public Unary {
            Objects.requireNonNull(op, "op");
            Objects.requireNonNull(operand, "operand");
        }
    }

    /** An infix operator. */
    record Binary(BinaryOp op, Expr left, Expr right) implements Expr {
        public Binary {
            Objects.requireNonNull(op, "op");
            Objects.requireNonNull(left, "left");
            Objects.requireNonNull(right, "right");
        }
    }

    /** A function call such as {@code buffer([shape], 10)} or {@code intersects(a, b)}. */
    record Call(ExprFunction function, List<Expr> args) implements Expr {
        public Call {
            Objects.requireNonNull(function, "function");
            args = List.copyOf(args);
        }
    }

    /** Prefix operators. */
    enum UnaryOp { NOT, NEGATE }

    /** Infix operators; the spelling is the canonical mapfile one. */
    enum BinaryOp {
        OR("or"), AND("and"),
        EQ("="), NE("!="), GT(">"), LT("<"), GE(">="), LE("<="),
        REGEX("~"), IREGEX("~*"), IEQ("=*"), IN("in"),
        INTERSECTS("intersects"), DISJOINT("disjoint"), TOUCHES("touches"), OVERLAPS("overlaps"),
        CROSSES("crosses"), WITHIN("within"), CONTAINS("contains"),
        ADD("+"), SUBTRACT("-"), MULTIPLY("*"), DIVIDE("/"), MODULO("%"), POWER("^");

        private final String spelling;

        BinaryOp(String spelling) {
            this.spelling = spelling;
        }

        public String spelling() {
            return spelling;
        }
    }
}
