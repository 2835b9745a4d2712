#ifndef CEDITLINE_SHIM_H
#define CEDITLINE_SHIM_H
#include <stdio.h>
#include <stdlib.h>
#include <editline/readline.h>
/* readline's configuration is mutable C globals; Swift 6 refuses to touch them directly. */
static inline void cedit_set_name(const char *name) { rl_readline_name = name; }
static inline void cedit_set_attempted_completion(rl_completion_func_t *f) { rl_attempted_completion_function = f; }
static inline void cedit_set_completion_entry(rl_compentry_func_t *f) { rl_completion_entry_function = f; }
static inline void cedit_set_word_breaks(const char *s) { rl_basic_word_break_characters = s; }
static inline void cedit_free(void *p) { free(p); }
static inline int cedit_history_length(void) { return history_length; }
static inline int cedit_history_base(void) { return history_base; }
/* The line being edited and the cursor, for context-aware completion. */
static inline const char *cedit_line_buffer(void) { return rl_line_buffer; }
static inline int cedit_point(void) { return rl_point; }
static inline const char *cedit_history_line(int offset) {
    HIST_ENTRY *e = history_get(history_base + offset);
    return e ? e->line : NULL;
}
#endif
