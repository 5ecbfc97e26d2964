//! The crate's own threads: one rule for every piece of parallel work.
//!
//! - Nothing runs on rayon's global pool. A long text's independent steps
//!   (and the batch functions of the Python layer) run on a pool this crate
//!   owns, created when first needed.
//! - The pool belongs to one process: after a `fork` (Python's
//!   `multiprocessing`, Dask and Spark workers) the child finds a pool whose
//!   threads it did not inherit, leaves it alone and builds its own.
//! - Its size is bounded by the CPUs the process may use
//!   ([`std::thread::available_parallelism`]); asking for more gets that
//!   many. One pool is kept: asking for another size replaces it, so threads
//!   never pile up.
//! - Inside the stages, work is split in two only when it already runs on a
//!   worker of some rayon pool (ours, or one the caller installed); from any
//!   other thread it runs in turn.

use std::sync::{Arc, Mutex, OnceLock};

use rayon::ThreadPool;

/// The environment variable that sets the default number of threads.
pub const THREADS_VAR: &str = "KROPKA_NUM_THREADS";

/// The pool of this process, with its size.
struct Owned {
    pid: u32,
    threads: usize,
    pool: Arc<ThreadPool>,
}

static POOL: Mutex<Option<Owned>> = Mutex::new(None);

/// The most threads a pool of this crate has: the CPUs this process may use
/// (asked once: on Linux the answer reads the cgroup files).
pub fn max_threads() -> usize {
    static MAX: OnceLock<usize> = OnceLock::new();
    *MAX.get_or_init(|| std::thread::available_parallelism().map_or(1, usize::from))
}

/// The threads asked for in [`THREADS_VAR`]: `Ok(None)` when it is not set,
/// an error naming the variable when it is not a positive whole number.
pub fn threads_from_env() -> Result<Option<usize>, String> {
    let Some(raw) = std::env::var_os(THREADS_VAR) else {
        return Ok(None);
    };
    let value = raw.to_string_lossy();
    match value.trim().parse::<usize>() {
        Ok(n) if n >= 1 => Ok(Some(n)),
        _ => Err(format!(
            "{THREADS_VAR} must be a positive whole number, got {value:?}"
        )),
    }
}

/// Threads to use when the caller does not say: [`THREADS_VAR`] when it
/// holds a valid number, else [`max_threads`].
pub fn default_threads() -> usize {
    threads_from_env()
        .ok()
        .flatten()
        .unwrap_or_else(max_threads)
}

/// This process's pool with `threads` threads (clamped to
/// `1..=`[`max_threads`]), built on first use and after a `fork`; `None`
/// if the system refuses a thread.
pub fn pool(threads: usize) -> Option<Arc<ThreadPool>> {
    let threads = threads.clamp(1, max_threads());
    let pid = std::process::id();
    let mut slot = POOL.lock().unwrap_or_else(|e| e.into_inner());
    if let Some(owned) = slot.as_ref()
        && owned.pid == pid
        && owned.threads == threads
    {
        return Some(Arc::clone(&owned.pool));
    }
    if let Some(old) = slot.take()
        && old.pid != pid
    {
        // Inherited through `fork`: its threads live only in the parent.
        // Dropping it would signal threads that do not exist here.
        std::mem::forget(old);
    }
    let pool = Arc::new(
        rayon::ThreadPoolBuilder::new()
            .num_threads(threads)
            .thread_name(|i| format!("kropka-{i}"))
            .build()
            .ok()?,
    );
    *slot = Some(Owned {
        pid,
        threads,
        pool: Arc::clone(&pool),
    });
    Some(pool)
}

/// Runs `f` on this crate's pool of `threads` threads, or on the calling
/// thread when one thread is asked for, when the caller already runs on a
/// rayon worker, or when no pool can be built.
pub fn install<R: Send>(threads: usize, f: impl FnOnce() -> R + Send) -> R {
    if threads > 1
        && rayon::current_thread_index().is_none()
        && let Some(p) = pool(threads)
    {
        return p.install(f);
    }
    f()
}

/// Whether work may be split here: the calling thread is a worker of a
/// rayon pool with more than one thread. Never touches the global pool.
pub(crate) fn may_split() -> bool {
    rayon::current_thread_index().is_some() && rayon::current_num_threads() > 1
}

/// `(a(), b())`, on two threads of the current pool when [`may_split`].
pub(crate) fn join<A: Send, B: Send>(
    a: impl FnOnce() -> A + Send,
    b: impl FnOnce() -> B + Send,
) -> (A, B) {
    if may_split() {
        return rayon::join(a, b);
    }
    (a(), b())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_pool_of_bounded_size() {
        let a = pool(usize::MAX).map(|p| p.current_num_threads());
        assert_eq!(a, Some(max_threads()));
        let b = pool(1).map(|p| p.current_num_threads());
        assert_eq!(b, Some(1));
    }

    #[test]
    fn no_split_outside_a_pool() {
        assert!(!may_split());
        let inside = install(2, may_split);
        assert_eq!(inside, max_threads() > 1);
    }
}
