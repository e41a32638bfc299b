/**
 * The openCypher TCK runner lives in this module's tests ({@code TckTest}): it runs every TCK
 * scenario through the embedded API and checks the failures against a checked-in list.
 */
package org.quiverdb.tck;
