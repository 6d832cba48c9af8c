package io.vertx.ext.web.sstore;

public interface SessionStore {}
