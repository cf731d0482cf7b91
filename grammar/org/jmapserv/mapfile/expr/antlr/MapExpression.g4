/*
 * MapServer's logical expression language: the text between the outer parentheses of a mapfile
 * "(expression)" value. Mirrors the EXPRESSION_STRING state of maplexer.l and the bison grammar of
 * mapparser.y. Operator precedence follows mapparser.y (lowest first): OR, AND, NOT, comparisons,
 * infix spatial operators, '+' '-', '*' '/' '%', unary minus, '^' (right associative).
 * Types (number/string/time/shape) are not part of the syntax here: MapServer decides them from the
 * tokens at evaluation time, and so does our evaluator.
 */
grammar MapExpression;

options { caseInsensitive = true; }

@lexer::members {
    private int previousType = Token.INVALID_TYPE;

    /** Reused lexers start each expression with no operand before them. */
    @Override
    public void reset() {
        super.reset();
        previousType = Token.INVALID_TYPE;
    }

    @Override
    public Token nextToken() {
        Token t = super.nextToken();
        previousType = t.getType();
        return t;
    }

    /** MapServer's lexer folds a '-' into the number after it; we do so only where no operand precedes. */
    private boolean signAllowed() {
        switch (previousType) {
            case NUMBER: case STRING: case TIME: case BINDING: case STRING_BINDING: case TIME_BINDING:
            case RPAREN: case TRUE: case FALSE:
                return false;
            default:
                return true;
        }
    }
}

parse
    : expr? EOF
    ;

expr
    : LPAREN expr RPAREN                                                   # parenExpr
    | name=functionName LPAREN (expr (COMMA expr)*)? RPAREN                # callExpr
    | NUMBER                                                               # numberExpr
    | STRING                                                               # stringExpr
    | TIME                                                                 # timeExpr
    | (TRUE | FALSE)                                                       # booleanExpr
    | BINDING                                                              # bindingExpr
    | STRING_BINDING                                                       # stringBindingExpr
    | TIME_BINDING                                                         # timeBindingExpr
    | <assoc = right> expr op=CARET expr                                   # binaryExpr
    | MINUS expr                                                           # negateExpr
    | expr op=(STAR | SLASH | PERCENT) expr                                # binaryExpr
    | expr op=(PLUS | MINUS) expr                                          # binaryExpr
    | expr op=(INTERSECTS | DISJOINT | TOUCHES | OVERLAPS | CROSSES | WITHIN | CONTAINS) expr # binaryExpr
    | expr op=(EQ | NE | GT | LT | GE | LE | RE | IRE | IEQ | IN) expr       # binaryExpr
    | NOT expr                                                             # notExpr
    | expr op=AND expr                                                     # binaryExpr
    | expr op=OR expr                                                      # binaryExpr
    ;

functionName
    : LENGTH | AREA | ROUND | TOSTRING | COMMIFY | UPPER | LOWER | INITCAP | FIRSTCAP
    | BUFFER | DIFFERENCE | SIMPLIFY | SIMPLIFYPT | GENERALIZE | SMOOTHSIA | CENTERLINE | DENSIFY
    | OUTER | INNER | JAVASCRIPT | FROMTEXT
    | INTERSECTS | DISJOINT | TOUCHES | OVERLAPS | CROSSES | WITHIN | CONTAINS | EQUALS | BEYOND | DWITHIN
    ;

OR         : 'or' | '||';
AND        : 'and' | '&&';
NE         : 'ne' | '!=' | '<>';
NOT        : 'not' | '!';
IEQ        : '=*';
EQ         : 'eq' | '=' | '==';
GE         : 'ge' | '>=';
LE         : 'le' | '<=';
GT         : 'gt' | '>';
LT         : 'lt' | '<';
IRE        : '~*';
RE         : '~';
IN         : 'in';
TRUE       : 'true';
FALSE      : 'false';

LENGTH     : 'length';
AREA       : 'area';
ROUND      : 'round';
TOSTRING   : 'tostring';
COMMIFY    : 'commify';
UPPER      : 'upper';
LOWER      : 'lower';
INITCAP    : 'initcap';
FIRSTCAP   : 'firstcap';
BUFFER     : 'buffer';
DIFFERENCE : 'difference';
SIMPLIFY   : 'simplify';
SIMPLIFYPT : 'simplifypt';
GENERALIZE : 'generalize';
SMOOTHSIA  : 'smoothsia';
CENTERLINE : 'centerline';
DENSIFY    : 'densify';
OUTER      : 'outer';
INNER      : 'inner';
JAVASCRIPT : 'javascript';
FROMTEXT   : 'fromtext';
INTERSECTS : 'intersects';
DISJOINT   : 'disjoint';
TOUCHES    : 'touches';
OVERLAPS   : 'overlaps';
CROSSES    : 'crosses';
WITHIN     : 'within';
CONTAINS   : 'contains';
EQUALS     : 'equals';
BEYOND     : 'beyond';
DWITHIN    : 'dwithin';

// Bindings: [x] is numeric, "[x]" / '[x]' is a string, `[x]` is a time (maplexer.l).
BINDING        : '[' ~[\]]* ']';
STRING_BINDING : '"[' ~["]* ']"' | '\'[' ~[']* ']\'';
TIME_BINDING   : '`[' ~[`]* ']`';
TIME           : '`' ~[`]* '`';

// Quotes close only on the same character; \" \' \\ are escapes, any other backslash is kept.
STRING
    : '"' ('\\' . | ~["\\])* '"'
    | '\'' ('\\' . | ~['\\])* '\''
    ;

// MapServer lexes "-2" as one number, so "-2^2" is 4; after an operand "3-2" is a subtraction here,
// where MapServer's lexer would produce two numbers and fail.
NUMBER
    : ('-' {signAllowed()}?)? (DIGIT+ ('.' DIGIT*)? EXPONENT? | '.' DIGIT+ EXPONENT?)
    ;

LPAREN  : '(';
RPAREN  : ')';
COMMA   : ',';
PLUS    : '+';
MINUS   : '-';
STAR    : '*';
SLASH   : '/';
PERCENT : '%';
CARET   : '^';

// Any other word is not part of the language; lexing it whole gives a clearer error than flex's
// character-by-character fallback.
WORD : [a-z_] [a-z0-9_]*;

WS : [ \t\r\n]+ -> skip;

// Anything else reaches the parser, which reports it with its column.
OTHER : .;

fragment DIGIT    : [0-9];
fragment EXPONENT : 'e' [+\-]? DIGIT+;
