package org.threatmesh.model.attr;

/** Application protocol of a call. */
public enum Protocol implements WireEnum {
    HTTP,
    GRPC,
    TCP,
    AMQP,
    KAFKA,
    MQTT,
    STOMP,
    REDIS,
    SQL,
    MONGODB,
    DNS,
    OTHER
}
