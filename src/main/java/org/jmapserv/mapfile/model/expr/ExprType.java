package org.jmapserv.mapfile.model.expr;

/** The value types of mapparser.y: logical_exp, math_exp, string_exp, time_exp and shape_exp. */
public enum ExprType {
    BOOLEAN("a logical value"), NUMBER("a number"), STRING("a string"), TIME("a time"), SHAPE("a shape");

    private final String description;

    ExprType(String description) {
        this.description = description;
    }

    /** "a number", "a string", ... for error messages. */
    public String description() {
        return description;
    }
}
