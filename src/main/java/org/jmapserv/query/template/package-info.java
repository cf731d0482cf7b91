/**
 * MapServer's template language (maptemplate.c): query and browse templates with their tags, read only under
 * MapServer 8's template rules ({@link org.jmapserv.query.template.TemplateFiles}).
 */
package org.jmapserv.query.template;
