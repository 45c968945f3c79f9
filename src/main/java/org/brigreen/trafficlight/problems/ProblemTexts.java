package org.brigreen.trafficlight.problems;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of the pages that document the problem types: English by default, Chinese in
 * {@code messages/problemmsg_zh.properties}; templates read them as {@code {problemmsg:key}}. A bundle of their own
 * keeps each bundle's generated resolver small.
 */
@MessageBundle(value = "problemmsg", locale = "en")
public interface ProblemTexts {

    @Message("Problem types")
    String problems_title();

    @Message("Every error of the API is answered as an RFC 9457 problem (application/problem+json). Its type names one "
            + "of these pages, which say what the problem means and what to do about it.")
    String problems_intro();

    @Message("What it means")
    String problems_meaningHeading();

    @Message("What to do")
    String problems_actionHeading();

    @Message("An example")
    String problems_exampleHeading();

    @Message("{#if status == 0}Any other HTTP status{#else}HTTP status {status}{/if}")
    String problems_status(int status);

    @Message("Every problem type")
    String problems_all();

    @Message("{#when type}"
            + "{#is 'invalid-request'}Invalid request"
            + "{#is 'unauthorized'}Unauthorized"
            + "{#is 'forbidden'}Forbidden"
            + "{#is 'form-token-refused'}Form refused"
            + "{#is 'http-404'}Not Found"
            + "{#is 'unknown-rule-set'}Unknown rule set"
            + "{#is 'http-405'}Method Not Allowed"
            + "{#is 'http-406'}Not Acceptable"
            + "{#is 'idempotency-key-in-flight'}Request with this key in flight"
            + "{#is 'idempotency-key-batch-cut-off'}Batch of this key cut off"
            + "{#is 'appeal-pending'}Appeal pending"
            + "{#is 'appeal-ruled'}Appeal already ruled"
            + "{#is 'decision-superseded'}Decision superseded"
            + "{#is 'log-damaged'}Decision log damaged"
            + "{#is 'integrity-error'}Decision not reproduced"
            + "{#is 'http-413'}Request Entity Too Large"
            + "{#is 'http-414'}URI Too Long"
            + "{#is 'http-415'}Unsupported Media Type"
            + "{#is 'idempotency-key-reused'}Idempotency-Key reused"
            + "{#is 'rate-limited'}Too Many Requests"
            + "{#is 'http-431'}Request Header Fields Too Large"
            + "{#is 'http-error'}HTTP error"
            + "{#is 'internal-error'}Internal Server Error"
            + "{#is 'decision-log-unavailable'}Decision log unavailable"
            + "{#is 'sign-in-not-configured'}Sign-in not configured"
            + "{/when}")
    String problems_name(String type);

    @Message("{#when type}"
            + "{#is 'invalid-request'}Something the request sent cannot be taken: a field of the descriptor, a query parameter, a header or the body as a whole. The problem's errors list every invalid field at once, each with its JSON pointer or parameter name, the reason and, where there are, the values allowed."
            + "{#is 'unauthorized'}The request has no bearer token, or its token is not valid: expired, not signed by the identity provider, from another issuer or audience, or, for a lender or an enterprise, without an org claim. Every reason gets the same answer."
            + "{#is 'forbidden'}The token is valid, but none of its roles may do this: a regulator cannot classify, a lender cannot rule on an appeal."
            + "{#is 'form-token-refused'}A page's form was sent without the token the page gave it, or with an old one: the service refuses forms it did not serve, so that another site cannot send them in your name."
            + "{#is 'http-404'}There is nothing at this path, or what it names does not exist: a decision, batch or appeal id unknown, or another organisation's, which is answered as if it did not exist."
            + "{#is 'unknown-rule-set'}The rule set or version named (ruleset, version, or in the path) is not loaded by this service. The detail lists the versions that are."
            + "{#is 'http-405'}The path exists, but not with this HTTP method (a GET where only POST is served, say)."
            + "{#is 'http-406'}The Accept header asks for media types this endpoint cannot answer with."
            + "{#is 'idempotency-key-in-flight'}A request with the same Idempotency-Key is still being served (for a batch, its batch is running). Its answer is not known yet."
            + "{#is 'idempotency-key-batch-cut-off'}The batch that this Idempotency-Key began stopped with its service before it ended. The decisions it recorded stand, but its results were not kept, so they cannot be given again."
            + "{#is 'appeal-pending'}The decision already has an appeal that is not ruled yet; a decision has at most one pending appeal."
            + "{#is 'appeal-ruled'}The appeal has been ruled on; a ruling is final."
            + "{#is 'decision-superseded'}The decision was replaced by the decision an upheld appeal made, and can no longer be appealed."
            + "{#is 'log-damaged'}The service found the decision log damaged (a record, hash or checkpoint that does not hold), so it gives no proof and signs no checkpoint over it. The detail names the sequence number and the reason."
            + "{#is 'integrity-error'}Replaying the decision under the version that made it did not reproduce its record exactly: the rules, their reference data or the record differ from when it was decided. The problem's replay member shows both."
            + "{#is 'http-413'}The body is larger than the service takes: 256 KiB for one descriptor; 64 MiB or 100,000 descriptors for a batch."
            + "{#is 'http-414'}The request URI is longer than 4 KiB."
            + "{#is 'http-415'}The body has no Content-Type, or one this endpoint does not take: JSON for a descriptor, NDJSON or CSV for a batch."
            + "{#is 'idempotency-key-reused'}The Idempotency-Key was already used, within its 24 hours, for a different request (another body, media type, rule set or version, or another endpoint)."
            + "{#is 'rate-limited'}Your organisation sent more requests than its rate allows (50 a second, bursts of 100, per instance), or your address sent too many requests without a valid token."
            + "{#is 'http-431'}The request's header fields are larger than 20 KiB in all (a huge bearer token, say)."
            + "{#is 'http-error'}The request failed for an HTTP reason that has no page of its own; the status and detail say which."
            + "{#is 'internal-error'}The service failed in a way it did not expect. The failure is logged, with the path, for its operator."
            + "{#is 'decision-log-unavailable'}The decision log cannot be written or read right now (its database cannot be reached, or the commit took too long), so no decision was given: the service answers a class only once it is recorded."
            + "{#is 'sign-in-not-configured'}The pages under /app need sign-in, and this service has no identity provider configured for people."
            + "{/when}")
    String problems_meaning(String type);

    @Message("{#when type}"
            + "{#is 'invalid-request'}Correct each field the errors name, with one of the allowed values where they are given, and send the request again. Nothing was recorded."
            + "{#is 'unauthorized'}Get a new token from your identity provider and send the request with it in the Authorization header (Bearer)."
            + "{#is 'forbidden'}Use a token of a role that may do this; the API description lists the roles of each operation."
            + "{#is 'form-token-refused'}Open the page again and send the form from it."
            + "{#is 'http-404'}Check the id and the path; an id comes from the Location header or the body of the answer that created it."
            + "{#is 'unknown-rule-set'}Name one of the loaded versions; GET /v1/rulesets lists them."
            + "{#is 'http-405'}Use the method the API description gives for this path."
            + "{#is 'http-406'}Accept one of the media types the API description gives for this endpoint (application/json, and for exports application/x-ndjson or text/csv), or send no Accept header."
            + "{#is 'idempotency-key-in-flight'}Wait the seconds Retry-After gives and send the same request again, with the same key: you get the first request's answer."
            + "{#is 'idempotency-key-batch-cut-off'}Read the batch's summary (GET /v1/batches/<id>, the id is in the detail) to see what it recorded, and send the lines it did not decide in a new batch, with a new key."
            + "{#is 'appeal-pending'}Wait for the ruling on the pending appeal (GET /v1/decisions/<id>/appeals shows it)."
            + "{#is 'appeal-ruled'}Read the ruling (GET /v1/appeals/<id>). An upheld appeal made a new decision, which may itself be appealed."
            + "{#is 'decision-superseded'}Appeal the new decision instead; the old one's appeals name it."
            + "{#is 'log-damaged'}Tell the service's operator. POST /v1/audit/verify names the first sequence number that fails and the range the damage lies in; proofs are given again once the log is whole."
            + "{#is 'integrity-error'}Tell the service's operator and the regulator: a published rule-set version or a record has changed."
            + "{#is 'http-413'}Send less: split a portfolio into batches of at most 100,000 descriptors."
            + "{#is 'http-414'}Shorten the query: send fewer or shorter parameters."
            + "{#is 'http-415'}Send the body with the Content-Type the API description gives for this endpoint."
            + "{#is 'idempotency-key-reused'}Use a new key for a new request; send the same key only with the very same request."
            + "{#is 'rate-limited'}Wait the seconds Retry-After gives, then send requests more slowly; a portfolio goes faster as one batch."
            + "{#is 'http-431'}Send smaller headers; check that the token is the one your identity provider issued."
            + "{#is 'http-error'}Read the status and the detail; the API description says what each operation takes."
            + "{#is 'internal-error'}Retry later; if it persists, tell the service's operator the time and the path."
            + "{#is 'decision-log-unavailable'}Wait the seconds Retry-After gives and send the request again; with an Idempotency-Key a retry never decides twice."
            + "{#is 'sign-in-not-configured'}Tell the service's operator; the API, with bearer tokens, is not affected."
            + "{/when}")
    String problems_action(String type);
}
