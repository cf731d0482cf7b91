/*
 * Tokens of a MapServer 8 mapfile, mirroring src/maplexer.l (state INITIAL). Bare words, keywords included,
 * are one WORD token: which words are keywords, and which keywords open blocks, depends on the enclosing block
 * and is decided by org.jmapserv.mapfile.parse.BlockClassifier, which retypes WORD to BLOCK or END.
 * Rule order matters exactly as in flex: on equal length the earlier rule wins (NUMBER before WORD, so "." is
 * a number; REGEX before WORD, so "/data/" is a regex).
 */
lexer grammar MapfileLexer;

options { caseInsensitive = true; }

channels { COMMENTS }

tokens { BLOCK, END }

BOM : '\uFEFF' ;

WS : [ \t\r\n]+ -> skip ;

LINE_COMMENT : ( '#' | '//' ) ~[\n]* -> channel(COMMENTS) ;

BLOCK_COMMENT : '/*' .*? '*/' -> channel(COMMENTS) ;

/* A comment body that never contains a closing star-slash, so a terminated comment never matches here. */
UNTERMINATED_COMMENT : '/*' ( ~'*' | '*'+ ~[*/] )* '*'* EOF ;

/* A quoted string may span lines; \" \' \\ are escapes, any other backslash is kept; a trailing i marks
   a case-insensitive string where an expression is read. */
STRING : '"' ( '\\' . | ~["\\] )* '"' 'i'?
       | '\'' ( '\\' . | ~['\\] )* '\'' 'i'?
       ;

UNTERMINATED_STRING : '"' ( '\\' . | ~["\\] )* EOF
                    | '\'' ( '\\' . | ~['\\] )* EOF
                    ;

/* [attribute] binding; like flex's \[[^\]]*\] it may span lines. */
BINDING : '[' ~[\]]* ']' ;

NUMBER : '-'? ( [0-9]+ ( '.' [0-9]* )? | '.' [0-9]* ) EXPONENT? ;

fragment EXPONENT : 'e' [+\-]? [0-9]+ ;

/* Greedy to the last ')' (or '}') on the same line, as flex's \(.*\) does. */
EXPRESSION : '(' ~[\n]* ')' ;

LIST : '{' ~[\n]* '}' ;

REGEX : '/' ~[*] ~[/]* '/' 'i'? ;

WORD : [a-z/.] [a-z0-9/._\-=]* ;

/* Any other character is a token of its own, reported where a value is read (flex returns token 0). */
OTHER : . ;
