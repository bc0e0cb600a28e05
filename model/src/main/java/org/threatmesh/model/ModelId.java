package org.threatmesh.model;

/** The id of the model as a whole, used as the target of model-wide findings and attributes. */
public record ModelId(String value) implements ElementId {

    /** The one model id: a model file holds one model. */
    public static final ModelId MODEL = new ModelId("model");

    public ModelId {
        ElementId.checkSyntax(value);
    }

    @Override
    public ElementType type() {
        return ElementType.MODEL;
    }

    @Override
    public String toString() {
        return value;
    }
}
