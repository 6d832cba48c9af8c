package org.cookiecharter.processor.model;

import javax.lang.model.element.Element;

/**
 * The site that publishes the charter: the compilation's {@code @CookieCharter}, where the registry
 * goes and which platform the charter names.
 *
 * @param packageName the package of the annotated package or type; empty for the unnamed package
 * @param platform the platform's URL, from the processor option or else the annotation
 * @param location where the annotation is, as messages name it
 * @param inNamedModule whether the site is in a named module, which may not read {@code
 *     java.compiler}
 * @param element the annotated package or type
 * @param purposeEdition {@code @CookieCharter(purposeEdition)}, never negative
 */
public record CharterSite(
    String packageName,
    String platform,
    String location,
    boolean inNamedModule,
    Element element,
    int purposeEdition) {}
