package org.threatmesh.rules.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * Maps a list in parallel on the calling thread and the common pool's workers, which take small consecutive
 * chunks until none are left: the calling thread from the front of the list, the workers from the back.
 *
 * <p>Why not a parallel stream: a stream splits a list into a fixed number of pieces up front (four on a two-core
 * machine) by count, not by cost. Calls and nodes cost very different amounts to evaluate, so one thread finished
 * its pieces long before the other and then waited; on the 5,000-service model the calling thread sat idle for a
 * large part of every full analysis. Taking chunks on demand keeps every thread busy until the last chunk.
 *
 * <p>Why from both ends: the analyzer lists the model, then nodes, calls and zones, and the first items of a kind
 * ask for the whole-graph facts their rules share ({@code AnalysisContext.derived}), which one thread computes
 * while every other thread that asks waits. With both threads starting on nodes, the second spent ~35 ms of each
 * 5,000-service analysis waiting for facts the first was computing; starting at the other end of the list it
 * evaluates zones and calls meanwhile, and by the time it reaches the nodes their facts are ready.
 */
final class ChunkedParallel {

    /** Large enough that the cursor is rarely contended, small enough that the last chunks even out. */
    private static final int CHUNK = 32;

    private ChunkedParallel() {
    }

    /** {@code function} applied to every item, in item order; exceptions propagate as from a parallel stream. */
    static <T, R> List<R> map(List<T> items, Function<? super T, ? extends R> function) {
        return map(items, (item, index) -> function.apply(item));
    }

    /** {@code function} applied to every item and its index, in item order; see {@link #map(List, Function)}. */
    static <T, R> List<R> map(List<T> items, Indexed<? super T, ? extends R> function) {
        Object[] results = new Object[items.size()];
        Range unclaimed = new Range(results.length);
        Runnable fromFront = () -> drain(unclaimed, true, items, function, results);
        Runnable fromBack = () -> drain(unclaimed, false, items, function, results);
        int helpers = Math.min(ForkJoinPool.getCommonPoolParallelism(), (results.length + CHUNK - 1) / CHUNK - 1);
        List<ForkJoinTask<?>> forked = new ArrayList<>(Math.max(0, helpers));
        for (int i = 0; i < helpers; i++) {
            forked.add(ForkJoinTask.adapt(fromBack).fork());
        }
        Throwable own = null;
        try {
            fromFront.run();
        } catch (RuntimeException | Error e) {
            own = e;
            throw e;
        } finally {
            // Waits for the helpers even when this thread failed, so none still runs after we return. This thread's
            // own failure wins; a helper's failure surfaces when this thread's own work succeeded.
            Throwable failure = null;
            for (ForkJoinTask<?> task : forked) {
                try {
                    task.join();
                } catch (RuntimeException | Error e) {
                    if (own != null) {
                        own.addSuppressed(e);
                    } else if (failure == null) {
                        failure = e;
                    }
                }
            }
            if (failure instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (failure instanceof Error error) {
                throw error;
            }
        }
        @SuppressWarnings("unchecked")
        List<R> list = (List<R>) Arrays.asList(results);
        return list;
    }

    /** Applies {@code function} to chunks claimed from one end of {@code unclaimed} until none are left. */
    private static <T, R> void drain(Range unclaimed, boolean front, List<T> items,
            Indexed<? super T, ? extends R> function, Object[] results) {
        try {
            for (long chunk = unclaimed.claim(front); chunk >= 0; chunk = unclaimed.claim(front)) {
                int end = (int) chunk;
                for (int i = (int) (chunk >>> 32); i < end; i++) {
                    results[i] = function.apply(items.get(i), i);
                }
            }
        } catch (RuntimeException | Error e) {
            // The result is lost anyway: stop the other threads at their next chunk.
            unclaimed.clear();
            throw e;
        }
    }

    /** A function of an item and its index in the list. */
    @FunctionalInterface
    interface Indexed<T, R> {
        R apply(T item, int index);
    }

    /** The indices no thread has claimed yet, {@code [front, back)}, packed in one atomic word. */
    private static final class Range {

        private final AtomicLong bounds;

        Range(int size) {
            bounds = new AtomicLong(size);
        }

        /**
         * Claims up to {@link #CHUNK} indices from the front or the back: {@code start << 32 | end}, or -1 when
         * none are left.
         */
        long claim(boolean front) {
            while (true) {
                long current = bounds.get();
                int start = (int) (current >>> 32);
                int end = (int) current;
                if (start >= end) {
                    return -1;
                }
                int from = front ? start : Math.max(start, end - CHUNK);
                int to = front ? Math.min(end, start + CHUNK) : end;
                long rest = front ? (long) to << 32 | end : (long) start << 32 | from;
                if (bounds.compareAndSet(current, rest)) {
                    return (long) from << 32 | to;
                }
            }
        }

        void clear() {
            bounds.set(0);
        }
    }
}
