/**
 * How the portal's views, layouts, components and start-up listeners get the platform's services:
 * by CDI injection, through {@link cn.zugong.ui.inject.PortalInstantiator}, the instantiator
 * Vaadin uses in place of its default one. The only class of the web application that talks to
 * the CDI container itself.
 */
package cn.zugong.ui.inject;
