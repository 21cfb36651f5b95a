// 登录 Sign in: phone or e-mail and password (tokenCreate).
import { signIn } from "../api.js";
import { clearFieldErrors, field, h, showBanner, showFieldErrors } from "../dom.js";

// The server reports a wrong password without a field; it concerns the password.
const FIELD_OF_CODE = { INVALID_CREDENTIALS: "password", INVALID_PHONE: "login", INVALID_EMAIL: "login" };

export function render(main, { onSignedIn }) {
  const login = h("input", { name: "login", autocomplete: "username", required: true, placeholder: "+8613800000000" });
  const password = h("input", { name: "password", type: "password", autocomplete: "current-password", required: true });
  const submit = h("button", { type: "submit", text: "登录 Sign in" });
  const form = h(
    "form", { class: "card narrow", id: "login-form" },
    h("h1", { text: "登录 Sign in" }),
    field("手机号或邮箱 Phone or e-mail", login, "login"),
    field("密码 Password", password, "password"),
    h("p", { class: "error", hidden: true, dataset: { errorFor: "*" } }),
    submit,
  );
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    clearFieldErrors(form);
    submit.disabled = true;
    try {
      const errors = await signIn(login.value.trim(), password.value);
      if (errors.length) showFieldErrors(form, errors, (e) => e.field ?? FIELD_OF_CODE[e.code]);
      else onSignedIn();
    } catch (error) {
      showBanner(error.message);
    } finally {
      submit.disabled = false;
    }
  });
  main.replaceChildren(form);
  login.focus();
}
