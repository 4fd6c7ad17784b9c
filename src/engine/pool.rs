//! A small fixed thread pool for splitting one matrix product across cores, made for the
//! decoding loop: workers are started once (at load), a job lives on the caller's stack, and
//! running one allocates nothing. Between jobs the workers spin briefly (the next product of a
//! step follows within microseconds), then sleep on a condition variable.
//!
//! [`Pool::run`] calls `f(part)` for every `part < parts`, on the caller's thread and the
//! workers, and returns when all are done. A panic in a part is caught on the worker and
//! resumed on the caller once every part has finished.

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::sync::atomic::{AtomicBool, AtomicPtr, AtomicUsize, Ordering::SeqCst};
use std::sync::{Arc, Condvar, Mutex};

/// What a job's parts run: a borrowed closure, published by pointer.
struct Job<'a> {
    f: &'a (dyn Fn(usize) + Sync),
    parts: usize,
}

struct Shared {
    /// Bumped for every job (and at shutdown): workers wait for it to change.
    generation: AtomicUsize,
    /// The current job (a `Job` on the caller's stack), null between jobs.
    job: AtomicPtr<Job<'static>>,
    /// Next part to claim.
    next: AtomicUsize,
    /// Parts claimed and not finished, plus parts not claimed yet.
    remaining: AtomicUsize,
    /// Workers that may be looking at `job` (see `run`).
    busy: AtomicUsize,
    /// A part panicked.
    panicked: AtomicBool,
    stop: AtomicBool,
    /// Workers asleep (under `lock`).
    sleepers: AtomicUsize,
    /// Workers that have started (their thread set up: its first allocations done).
    started: AtomicUsize,
    lock: Mutex<()>,
    wake: Condvar,
}

/// A pool of `threads − 1` workers plus the calling thread.
pub struct Pool {
    shared: Arc<Shared>,
    workers: Vec<std::thread::JoinHandle<()>>,
    threads: usize,
    /// One job at a time (a Translator may be shared by threads; each call takes its turn).
    gate: Mutex<()>,
}

impl std::fmt::Debug for Pool {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Pool({} threads)", self.threads)
    }
}

/// Spins before a worker sleeps: long enough to bridge the gap between the products of one
/// decoder step, short enough not to burn a core between sentences.
const SPINS: usize = 1 << 12;

impl Pool {
    /// Starts `threads − 1` workers (`threads` ≥ 1; 1 means every job runs on the caller).
    pub fn new(threads: usize) -> std::io::Result<Pool> {
        let threads = threads.max(1);
        let shared = Arc::new(Shared {
            generation: AtomicUsize::new(0),
            job: AtomicPtr::new(std::ptr::null_mut()),
            next: AtomicUsize::new(0),
            remaining: AtomicUsize::new(0),
            busy: AtomicUsize::new(0),
            panicked: AtomicBool::new(false),
            stop: AtomicBool::new(false),
            sleepers: AtomicUsize::new(0),
            started: AtomicUsize::new(0),
            lock: Mutex::new(()),
            wake: Condvar::new(),
        });
        let mut workers = Vec::with_capacity(threads - 1);
        for i in 1..threads {
            let s = shared.clone();
            workers.push(std::thread::Builder::new().name(format!("edgemt-{i}")).spawn(move || worker(&s))?);
        }
        // Wait for every worker to be running, so that a thread's own start-up (which allocates)
        // never happens later, inside a decoding step.
        while shared.started.load(SeqCst) < threads - 1 {
            std::thread::yield_now();
        }
        Ok(Pool { shared, workers, threads, gate: Mutex::new(()) })
    }

    /// Threads a job runs on (the caller included).
    pub fn threads(&self) -> usize {
        self.threads
    }

    /// Runs `f(0) … f(parts − 1)` across the pool and returns when every part is done.
    pub fn run(&self, parts: usize, f: &(dyn Fn(usize) + Sync)) {
        if self.threads == 1 || parts <= 1 {
            for i in 0..parts {
                f(i);
            }
            return;
        }
        let _turn = self.gate.lock().unwrap_or_else(|e| e.into_inner());
        let s = &*self.shared;
        let job = Job { f, parts };
        s.panicked.store(false, SeqCst);
        s.next.store(0, SeqCst);
        s.remaining.store(parts, SeqCst);
        // The pointer is only dereferenced by workers counted in `busy`, and this function
        // does not return (so `job` stays alive) until the pointer is withdrawn and `busy` is 0.
        s.job.store(&job as *const Job as *mut Job<'static>, SeqCst);
        s.generation.fetch_add(1, SeqCst);
        if s.sleepers.load(SeqCst) > 0 {
            let _g = s.lock.lock().unwrap_or_else(|e| e.into_inner());
            s.wake.notify_all();
        }
        work(s, &job);
        wait_until(|| s.remaining.load(SeqCst) == 0);
        s.job.store(std::ptr::null_mut(), SeqCst);
        wait_until(|| s.busy.load(SeqCst) == 0);
        if s.panicked.load(SeqCst) {
            panic!("a worker thread panicked while running a part of a matrix product");
        }
    }
}

/// Spins until `done()`, then yields the core while waiting: when there are more runnable
/// threads than cores (other processes, several translators), the worker being waited for
/// gets to run instead of the waiting caller burning its time slice.
fn wait_until(done: impl Fn() -> bool) {
    let mut spins = 0;
    while !done() {
        if spins < 2048 {
            spins += 1;
            std::hint::spin_loop();
        } else {
            std::thread::yield_now();
        }
    }
}

/// Claims and runs parts of `job` until none is left.
fn work(s: &Shared, job: &Job) {
    loop {
        let i = s.next.fetch_add(1, SeqCst);
        if i >= job.parts {
            return;
        }
        if catch_unwind(AssertUnwindSafe(|| (job.f)(i))).is_err() {
            s.panicked.store(true, SeqCst);
        }
        s.remaining.fetch_sub(1, SeqCst);
    }
}

fn worker(s: &Shared) {
    s.started.fetch_add(1, SeqCst);
    let mut seen = 0;
    loop {
        // Wait for a new generation: spin, then sleep.
        let mut spins = 0;
        while s.generation.load(SeqCst) == seen {
            if spins < SPINS {
                spins += 1;
                std::hint::spin_loop();
                continue;
            }
            let g = s.lock.lock().unwrap_or_else(|e| e.into_inner());
            s.sleepers.fetch_add(1, SeqCst);
            let g = s.wake.wait_while(g, |_| s.generation.load(SeqCst) == seen).unwrap_or_else(|e| e.into_inner());
            s.sleepers.fetch_sub(1, SeqCst);
            drop(g);
        }
        seen = s.generation.load(SeqCst);
        if s.stop.load(SeqCst) {
            return;
        }
        s.busy.fetch_add(1, SeqCst);
        let job = s.job.load(SeqCst);
        if !job.is_null() {
            // SAFETY: a non-null `job` was read while this worker is counted in `busy`; `run`
            // withdraws the pointer and then waits for `busy` to reach 0 before its stack
            // `Job` (and the closure it borrows) goes away, so the pointee is alive here.
            work(s, unsafe { &*job });
        }
        s.busy.fetch_sub(1, SeqCst);
    }
}

impl Drop for Pool {
    fn drop(&mut self) {
        self.shared.stop.store(true, SeqCst);
        self.shared.generation.fetch_add(1, SeqCst);
        {
            let _g = self.shared.lock.lock().unwrap_or_else(|e| e.into_inner());
            self.shared.wake.notify_all();
        }
        for w in self.workers.drain(..) {
            let _ = w.join();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_part_runs_once_on_any_thread_count() {
        for threads in [1, 2, 3, 4] {
            let pool = Pool::new(threads).unwrap();
            for parts in [0, 1, 2, 5, 64] {
                for _ in 0..200 {
                    let hits: Vec<AtomicUsize> = (0..parts).map(|_| AtomicUsize::new(0)).collect();
                    pool.run(parts, &|i| {
                        hits[i].fetch_add(1, SeqCst);
                    });
                    assert!(hits.iter().all(|h| h.load(SeqCst) == 1), "{threads} threads, {parts} parts");
                }
            }
        }
    }

    #[test]
    fn workers_sleep_and_wake() {
        let pool = Pool::new(2).unwrap();
        let n = AtomicUsize::new(0);
        pool.run(4, &|_| {
            n.fetch_add(1, SeqCst);
        });
        // Long enough for the worker to pass its spins and sleep.
        std::thread::sleep(std::time::Duration::from_millis(200));
        pool.run(4, &|_| {
            n.fetch_add(1, SeqCst);
        });
        assert_eq!(n.load(SeqCst), 8);
    }

    #[test]
    fn a_panicking_part_reaches_the_caller_after_the_others() {
        let pool = Pool::new(2).unwrap();
        let done = AtomicUsize::new(0);
        let r = catch_unwind(AssertUnwindSafe(|| {
            pool.run(8, &|i| {
                if i == 3 {
                    panic!("part 3");
                }
                done.fetch_add(1, SeqCst);
            })
        }));
        assert!(r.is_err());
        assert_eq!(done.load(SeqCst), 7);
        // The pool still works.
        pool.run(2, &|_| {
            done.fetch_add(1, SeqCst);
        });
        assert_eq!(done.load(SeqCst), 9);
    }
}
