/**
 * The rule API: {@link org.threatmesh.rules.Rule} and its node, edge, zone and model variants, their
 * {@link org.threatmesh.rules.RuleMetadata}, the {@link org.threatmesh.rules.Outcome} of one evaluation, and the
 * {@link org.threatmesh.rules.Finding}s the evaluator produces. Built-in rules live in
 * {@code org.threatmesh.rules.builtin.<area>} packages, one class per rule.
 */
package org.threatmesh.rules;
