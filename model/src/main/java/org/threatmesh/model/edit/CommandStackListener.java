package org.threatmesh.model.edit;

import org.threatmesh.model.ThreatModel;

/** Told after every change of the stack's current model or dirty state, on the thread that made the change. */
@FunctionalInterface
public interface CommandStackListener {

    /**
     * @param previous the snapshot before the change
     * @param current  the snapshot now current; the same object as {@code previous} when only the save point moved
     */
    void stackChanged(ThreatModel previous, ThreatModel current);
}
