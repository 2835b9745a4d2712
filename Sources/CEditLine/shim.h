#ifndef CEDITLINE_SHIM_H
#define CEDITLINE_SHIM_H
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
#include <errno.h>
#include <editline/readline.h>
/* readline's configuration is mutable C globals; Swift 6 refuses to touch them directly. */
static inline void cedit_set_name(const char *name) { rl_readline_name = name; }
static inline void cedit_set_attempted_completion(rl_completion_func_t *f) { rl_attempted_completion_function = f; }
static inline void cedit_set_completion_entry(rl_compentry_func_t *f) { rl_completion_entry_function = f; }
static inline void cedit_set_word_breaks(const char *s) { rl_basic_word_break_characters = s; }
static inline void cedit_free(void *p) { free(p); }
static inline int cedit_history_length(void) { return history_length; }
static inline int cedit_history_base(void) { return history_base; }
/* 0: libedit leaves SIGINT to the program (it must not switch the terminal to cooked mode). */
static inline void cedit_set_catch_signals(int on) { rl_catch_signals = on; }
/* Reads one character of UTF-8 input and returns its code point (libedit's readline
 * emulation stores what this returns as one wide character). A Ctrl-C (the character, or an interrupted
 * read) counts as end of input, so readline returns at once; the caller tells it from Ctrl-D
 * by the interrupt count. */
static int cedit_interrupts = 0;
static inline int cedit_interrupt_count(void) { return cedit_interrupts; }
static inline int cedit_interruptible_getc(FILE *f) {
    unsigned char c;
    if (read(fileno(f), &c, 1) != 1) return EOF;
    /* In libedit's edit mode the terminal delivers Ctrl-C as a character, not a signal. */
    if (c == 0x03) { cedit_interrupts++; return EOF; }
    int extra = c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : c >= 0xC0 ? 1 : 0;
    int value = extra == 3 ? (c & 0x07) : extra == 2 ? (c & 0x0F) : extra == 1 ? (c & 0x1F) : c;
    for (int i = 0; i < extra; i++) {
        unsigned char next;
        if (read(fileno(f), &next, 1) != 1) return EOF;
        value = (value << 6) | (next & 0x3F);
    }
    return value;
}
static inline void cedit_use_interruptible_getc(void) { rl_getc_function = cedit_interruptible_getc; }
/* The line being edited and the cursor, for context-aware completion. */
static inline const char *cedit_line_buffer(void) { return rl_line_buffer; }
static inline int cedit_point(void) { return rl_point; }
static inline const char *cedit_history_line(int offset) {
    HIST_ENTRY *e = history_get(history_base + offset);
    return e ? e->line : NULL;
}
#endif
