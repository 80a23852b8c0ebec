#ifndef CASEQL_CLIBEDIT_SHIM_H
#define CASEQL_CLIBEDIT_SHIM_H

// libedit's readline emulation. <readline/readline.h> on Linux is GNU readline's header, so the
// editline path is spelled out.
#include <stdio.h>
#include <editline/readline.h>

// Swift 6 strict concurrency rejects libedit's mutable C globals, so every one the line editor
// touches goes through a setter or getter here. The editor uses them from one thread only.

static inline void caseql_rl_set_attempted_completion(rl_completion_func_t *function) {
    rl_attempted_completion_function = function;
}

/// Setting this inside the completion function stops libedit falling back to file names.
static inline void caseql_rl_set_attempted_completion_over(int over) {
    rl_attempted_completion_over = over;
}

/// libedit replaces exactly the word it found itself with the first match. With no word-break
/// characters that word is the whole line up to the cursor, and the editor finds words itself.
/// (A string literal here, because libedit keeps the pointer.)
static inline void caseql_rl_disable_word_breaks(void) {
    rl_basic_word_break_characters = "";
    rl_completer_word_break_characters = (char *)"";
}

/// The character appended after a unique completion ('\0' for none).
static inline void caseql_rl_set_completion_append_character(int character) {
    rl_completion_append_character = character;
}

/// Whether libedit installs its own signal handlers while reading. The editor turns them off:
/// after restoring the terminal they re-send each signal with kill(0, …) to the whole process
/// group, parent shell included (LineEditor's TerminalSignals does their work instead).
static inline void caseql_rl_set_catch_signals(int catch_signals) {
    rl_catch_signals = catch_signals;
}

/// The program name libedit's ~/.editrc rules can match; libedit keeps the pointer.
static inline void caseql_rl_set_readline_name_caseql(void) {
    rl_readline_name = "caseql";
}

/// glibc's stdout is a mutable global too; the editor flushes it before prompting.
static inline void caseql_flush_stdout(void) {
    fflush(stdout);
}

#endif
