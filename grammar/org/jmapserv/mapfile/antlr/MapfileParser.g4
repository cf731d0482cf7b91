/*
 * The block structure of a mapfile, symbol set or config file: a block is a BLOCK keyword, items, END. Which
 * word opens a block depends on the enclosing block (STYLE opens a block in CLASS but is a value in SCALEBAR),
 * so the token source retypes words before this parser sees them. Attributes (a keyword and its values) are
 * read by the block readers in org.jmapserv.mapfile.parse, which know each keyword's value kind, the way
 * MapServer's load<Block>() functions pull values with getString/getDouble/getSymbol.
 */
parser grammar MapfileParser;

options { tokenVocab = MapfileLexer; }

mapfile : BOM? block EOF ;

/* A block's items are its nested blocks and its value tokens, as direct children: no rule context per token,
   which would double the parse tree of a large mapfile for nothing. */
block : BLOCK ( block | WORD | NUMBER | STRING | BINDING | EXPRESSION | LIST | REGEX | OTHER | BOM
              | UNTERMINATED_STRING | UNTERMINATED_COMMENT )* END ;
