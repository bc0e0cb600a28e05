package org.threatmesh.rules.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Maps a list in parallel on the calling thread and the common pool's workers, which take small consecutive
 * chunks from a shared cursor until none are left.
 *
 * <p>Why not a parallel stream: a stream splits a list into a fixed number of pieces up front (four on a two-core
 * machine) by count, not by cost. Calls and nodes cost very different amounts to evaluate, so one thread finished
 * its pieces long before the other and then waited; on the 5,000-service model the calling thread sat idle for a
 * large part of every full analysis. Taking chunks on demand keeps every thread busy until the last chunk.
 */
final class ChunkedParallel {

    /** Large enough that the cursor is rarely contended, small enough that the last chunks even out. */
    private static final int CHUNK = 32;

    private ChunkedParallel() {
    }

    /** {@code function} applied to every item, in item order; exceptions propagate as from a parallel stream. */
    static <T, R> List<R> map(List<T> items, Function<? super T, ? extends R> function) {
        Object[] results = new Object[items.size()];
        AtomicInteger cursor = new AtomicInteger();
        Runnable drain = () -> {
            try {
                for (int start = cursor.getAndAdd(CHUNK); start < results.length; start = cursor.getAndAdd(CHUNK)) {
                    int end = Math.min(results.length, start + CHUNK);
                    for (int i = start; i < end; i++) {
                        results[i] = function.apply(items.get(i));
                    }
                }
            } catch (RuntimeException | Error e) {
                // The result is lost anyway: stop the other threads at their next chunk.
                cursor.set(Integer.MAX_VALUE / 2);
                throw e;
            }
        };
        int helpers = Math.min(ForkJoinPool.getCommonPoolParallelism(), (results.length + CHUNK - 1) / CHUNK - 1);
        List<ForkJoinTask<?>> forked = new ArrayList<>(Math.max(0, helpers));
        for (int i = 0; i < helpers; i++) {
            forked.add(ForkJoinTask.adapt(drain).fork());
        }
        Throwable own = null;
        try {
            drain.run();
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
}
