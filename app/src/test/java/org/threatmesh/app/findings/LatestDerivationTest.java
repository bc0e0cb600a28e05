package org.threatmesh.app.findings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.threatmesh.app.ui.UiExecutors;

class LatestDerivationTest {

    private final Deque<Runnable> background = new ArrayDeque<>();
    private final Deque<Runnable> ui = new ArrayDeque<>();
    private final LatestDerivation derivation = new LatestDerivation(new UiExecutors(background::add, ui::add));
    private final List<String> applied = new ArrayList<>();

    @Test
    void onlyTheNewestRequestIsApplied() {
        derivation.run(() -> "first", applied::add);
        derivation.run(() -> "second", applied::add);

        drain();

        assertThat(applied).containsExactly("second");
    }

    @Test
    void aRequestFinishingBeforeTheNextOneIsAppliedToo() {
        derivation.run(() -> "first", applied::add);
        drain();
        derivation.run(() -> "second", applied::add);
        drain();

        assertThat(applied).containsExactly("first", "second");
    }

    @Test
    void cancellingDropsWhatIsStillRunning() {
        derivation.run(() -> "stale", applied::add);
        derivation.cancel();

        drain();

        assertThat(applied).isEmpty();
    }

    private void drain() {
        while (!background.isEmpty()) {
            background.poll().run();
        }
        while (!ui.isEmpty()) {
            ui.poll().run();
        }
    }
}
