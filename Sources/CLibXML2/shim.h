#ifndef CLIBXML2_SHIM_H
#define CLIBXML2_SHIM_H

/* Debian's libxml2 is built with ICU, so <libxml/encoding.h> pulls in <unicode/ucnv.h>,
 * whose UErrorCode clashes with Foundation's own ICU module. Pre-define the include guard
 * and the two opaque names libxml2 needs; struct layouts are unchanged (pointers only). */
#ifndef UCNV_H
#define UCNV_H
#include <stdint.h>
typedef struct UConverter UConverter;
typedef uint16_t UChar;
#endif

#include <libxml/xmlversion.h>
#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/tree.h>
#include <libxml/xmlreader.h>
#include <libxml/xpath.h>
#include <libxml/xpathInternals.h>
#include <libxml/xmlerror.h>
#include <libxml/SAX2.h>

/* xmlFree is a mutable C global (a function pointer); Swift 6 refuses to touch it. */
static inline void clibxml2_free(void *p) { xmlFree(p); }

#endif
