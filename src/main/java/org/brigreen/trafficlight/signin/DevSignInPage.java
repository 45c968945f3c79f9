package org.brigreen.trafficlight.signin;

import java.util.List;
import java.util.Map;

/** The sign-in page of {@link DevIdentityProvider}: pick a role and an organisation, in English and Chinese. */
final class DevSignInPage {

    /** The parameters of the authorization request, carried through the sign-in form. */
    private static final List<String> CARRIED = List.of("response_type", "client_id", "redirect_uri", "state",
            "nonce", "code_challenge", "code_challenge_method", "scope");
    private static final Map<String, String> ROLE_NAMES = Map.of(
            "enterprise", "Enterprise (self-check) · 企业（自查）",
            "lender", "Lender (loan screening) · 金融机构（贷款筛查）",
            "regulator", "Regulator (audit) · 监管机构（审计）",
            "rules_admin", "Rule administrator · 规则管理员");

    private DevSignInPage() {
    }

    static String render(Map<String, String> request, List<String> roles, boolean refused) {
        StringBuilder page = new StringBuilder("""
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8"><title>Sign in (development) · 登录（开发）</title>
                <style>body{font:16px/1.5 system-ui,sans-serif;max-width:34rem;margin:2rem auto;padding:0 1rem;\
                color:#1a1a1a}fieldset{border:1px solid #767676;margin:0 0 1rem}label{display:block;margin:.3rem 0}\
                input[type=text]{font:inherit;padding:.3rem;width:100%;box-sizing:border-box}\
                button{font:inherit;padding:.5rem 1.2rem;background:#0b4f8a;color:#fff;border:0;border-radius:4px}\
                .warning{background:#fff4ce;border-left:4px solid #8a6100;padding:.5rem 1rem}</style></head>
                <body><main>
                <h1>Sign in <span lang="zh">登录</span></h1>
                <p class="warning">Development identity provider: anyone may sign in as anyone. \
                <span lang="zh">开发用身份提供方：任何人可以任何身份登录。</span></p>
                """);
        if (refused) {
            page.append("<p role=\"alert\"><strong>A lender or an enterprise needs an organisation: a name of 1 to 255 "
                    + "characters. <span lang=\"zh\">金融机构或企业须填写机构名称（1至255个字符）。</span></strong></p>\n");
        }
        page.append("<form method=\"post\" action=\"/authorize\">\n");
        for (String name : CARRIED) {
            String value = request.get(name);
            if (value != null) {
                page.append("<input type=\"hidden\" name=\"").append(name).append("\" value=\"").append(escape(value))
                        .append("\">\n");
            }
        }
        page.append("<fieldset><legend>Role <span lang=\"zh\">角色</span></legend>\n");
        String chosen = request.getOrDefault("role", roles.get(0));
        for (String role : roles) {
            page.append("<label><input type=\"radio\" name=\"role\" value=\"").append(role).append('"')
                    .append(role.equals(chosen) ? " checked" : "").append("> ").append(ROLE_NAMES.get(role))
                    .append("</label>\n");
        }
        page.append("</fieldset>\n<label for=\"org\">Organisation (lenders and enterprises) <span lang=\"zh\">")
                .append("机构（金融机构和企业必填）</span></label>\n<input type=\"text\" id=\"org\" name=\"org\" value=\"")
                .append(escape(request.getOrDefault("org", ""))).append("\" maxlength=\"255\">\n")
                .append("<p><button type=\"submit\">Sign in <span lang=\"zh\">登录</span></button></p>\n")
                .append("</form></main></body></html>\n");
        return page.toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
