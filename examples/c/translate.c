/* Translate the lines of stdin with edgemt's C API, one output line per input line.
 *
 *   make -C examples/c && examples/c/translate tests/fixtures/tiny-marian < input.txt
 *
 * Empty input lines give empty output lines; a line that cannot be translated is reported
 * on stderr and gives an empty output line (the exit status is then 1). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "edgemt.h"

int main(int argc, char **argv) {
    if (argc < 2) {
        fprintf(stderr, "usage: %s MODEL_DIR < input.txt\n", argv[0]);
        return 2;
    }
    edgemt_load_params params = edgemt_load_params_default();
    edgemt_status status;
    edgemt_context *ctx = edgemt_load(argv[1], &params, &status);
    if (ctx == NULL) {
        fprintf(stderr, "edgemt_load failed (%d): %s\n", (int)status, edgemt_last_error(NULL));
        return 1;
    }

    size_t cap = 16; /* small on purpose: long translations take the EDGEMT_ERR_BUFFER_TOO_SMALL path */
    char *out = malloc(cap);
    char *line = NULL;
    size_t line_cap = 0;
    ssize_t n;
    int failed = 0;
    while (out != NULL && (n = getline(&line, &line_cap, stdin)) != -1) {
        while (n > 0 && (line[n - 1] == '\n' || line[n - 1] == '\r')) line[--n] = '\0';
        if (n == 0) {
            putchar('\n');
            continue;
        }
        size_t needed = 0;
        status = edgemt_translate(ctx, line, NULL, out, cap, &needed);
        if (status == EDGEMT_ERR_BUFFER_TOO_SMALL) {
            /* The translation is kept in the context: no second translation. */
            char *bigger = realloc(out, needed);
            if (bigger == NULL) break;
            out = bigger;
            cap = needed;
            memcpy(out, edgemt_result_text(ctx, 0), needed);
            status = EDGEMT_OK;
        }
        if (status == EDGEMT_OK) {
            printf("%s\n", out);
        } else {
            fprintf(stderr, "edgemt_translate failed (%d): %s\n", (int)status, edgemt_last_error(ctx));
            putchar('\n');
            failed = 1;
        }
        fflush(stdout);
    }
    free(line);
    free(out);
    edgemt_free(ctx);
    return failed;
}
