package io.outsight.registry.link;

import java.io.Serializable;

/**
 * A link just issued: its address, shown to procurement this once, and whether it was mailed to the
 * vendor's contact.
 */
public record IssuedLink(LinkDetails link, String address, boolean mailed)
    implements Serializable {}
