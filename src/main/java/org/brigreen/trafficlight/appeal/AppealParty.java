package org.brigreen.trafficlight.appeal;

/**
 * Who took a step of an appeal, as its record keeps it.
 *
 * @param org     the organisation, from the token's {@code org} claim; null for a regulator without one
 * @param subject the token's subject
 * @param role    the role the step was taken in: {@code lender} or {@code enterprise} for a filing, {@code regulator}
 *                for a ruling
 */
public record AppealParty(String org, String subject, String role) {
}
