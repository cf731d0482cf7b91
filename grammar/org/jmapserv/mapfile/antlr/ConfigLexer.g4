/*
 * Tokens of MapServer 8's config file (maplexer.l state CONFIG_FILE): only comments (# and //, no block comments),
 * quoted and unquoted strings; no numbers, regexes, expressions, bindings or INCLUDE. Token types are shared with
 * MapfileLexer so the same block parser reads the result.
 */
lexer grammar ConfigLexer;

options { caseInsensitive = true; tokenVocab = MapfileLexer; }

channels { COMMENTS }

WS : [ \t\r\n]+ -> skip ;

LINE_COMMENT : ( '#' | '//' ) ~[\n]* -> channel(COMMENTS) ;

STRING : '"' ( '\\' . | ~["\\] )* '"' 'i'?
       | '\'' ( '\\' . | ~['\\] )* '\'' 'i'?
       ;

UNTERMINATED_STRING : '"' ( '\\' . | ~["\\] )* EOF
                    | '\'' ( '\\' . | ~['\\] )* EOF
                    ;

/* Not tokens of the config lexer; kept whole so that the error names them as written. */
NOT_A_COMMENT : '/*' -> type(OTHER) ;

NOT_A_NUMBER : [0-9\-] [a-z0-9/._\-=]* -> type(OTHER) ;

WORD : [a-z/.] [a-z0-9/._\-=]* ;

OTHER : . ;
