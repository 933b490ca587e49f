#ifndef TIPS_CLIBXML2_SHIM_H
#define TIPS_CLIBXML2_SHIM_H

/// libxml2 built with ICU includes the system's <unicode/ucnv.h>, whose `UErrorCode` clashes
/// with the copy Foundation ships (`_FoundationICU`) in any module that also sees Foundation.
/// Swift never touches the ICU converter fields of `xmlCharEncodingHandler` (the only
/// declarations behind this flag), so hiding them from the importer changes nothing we call.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED

#include <libxml/parser.h>
#include <libxml/HTMLparser.h>
#include <libxml/xmlreader.h>
#include <libxml/tree.h>

/// Swift 6 refuses libxml2's global function-pointer variable `xmlFree` as shared mutable state.
static inline void shim_xmlFree(void *p) { xmlFree(p); }

#endif
