#ifndef TIPS_CLIBXML2_SHIM_H
#define TIPS_CLIBXML2_SHIM_H

#include <libxml/parser.h>
#include <libxml/HTMLparser.h>
#include <libxml/xmlreader.h>
#include <libxml/tree.h>

/// Swift 6 refuses libxml2's global function-pointer variable `xmlFree` as shared mutable state.
static inline void shim_xmlFree(void *p) { xmlFree(p); }

#endif
