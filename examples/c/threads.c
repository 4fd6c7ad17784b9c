/* Context lifetime under threads and callbacks, run under valgrind in CI (make check):
 * edgemt_free while another thread translates on the context, and edgemt_free /
 * edgemt_translate / edgemt_last_error from inside the context's own token callback.
 * Every refused call must return EDGEMT_ERR_BUSY; valgrind must see no invalid access.
 *
 *   make -C examples/c threads && examples/c/threads tests/fixtures/tiny-marian */
#include <pthread.h>
#include <sched.h>
#include <stdatomic.h>
#include <stdio.h>
#include <string.h>

#include "edgemt.h"

static const char *TEXT = "In the beginning God created the heavens and the earth.";
static edgemt_context *ctx;
static atomic_int started, release_worker, inside_free = -1, inside_translate = -1, inside_error_ok;

static int on_token(void *user, uint32_t token, const char *piece, size_t len) {
    (void)user; (void)token; (void)piece; (void)len;
    if (!atomic_exchange(&started, 1)) {
        char out[64];
        atomic_store(&inside_free, edgemt_free(ctx));
        atomic_store(&inside_translate, edgemt_translate(ctx, "Hello.", NULL, out, sizeof out, NULL));
        atomic_store(&inside_error_ok, strstr(edgemt_last_error(ctx), "callback") != NULL);
    }
    while (!atomic_load(&release_worker)) sched_yield();
    return 0;
}

static edgemt_translate_params params;

static void *worker(void *arg) {
    static char out[4096];
    (void)arg;
    return (void *)(intptr_t)edgemt_translate(ctx, TEXT, &params, out, sizeof out, NULL);
}

int main(int argc, char **argv) {
    if (argc < 2) {
        fprintf(stderr, "usage: %s MODEL_DIR\n", argv[0]);
        return 2;
    }
    params = edgemt_translate_params_default();
    params.beam_size = 1;
    params.token_callback = on_token;
    edgemt_load_params p = edgemt_load_params_default();
    edgemt_status st;
    ctx = edgemt_load(argv[1], &p, &st);
    if (ctx == NULL) {
        fprintf(stderr, "load failed (%d): %s\n", (int)st, edgemt_last_error(NULL));
        return 1;
    }
    pthread_t t;
    pthread_create(&t, NULL, worker, NULL);
    while (!atomic_load(&started)) sched_yield();
    int busy = 0;
    for (int i = 0; i < 50; i++) busy += edgemt_free(ctx) == EDGEMT_ERR_BUSY;
    atomic_store(&release_worker, 1);
    void *ret;
    pthread_join(t, &ret);
    int failed = 0;
#define CHECK(cond) if (!(cond)) { fprintf(stderr, "failed: %s\n", #cond); failed = 1; }
    CHECK(busy == 50);
    CHECK((intptr_t)ret == EDGEMT_OK);
    CHECK(atomic_load(&inside_free) == EDGEMT_ERR_BUSY);
    CHECK(atomic_load(&inside_translate) == EDGEMT_ERR_BUSY);
    CHECK(atomic_load(&inside_error_ok));
    CHECK(edgemt_free(ctx) == EDGEMT_OK);
    CHECK(edgemt_free(ctx) == EDGEMT_ERR_INVALID_CONTEXT);
    if (!failed) printf("threads: ok\n");
    return failed;
}
