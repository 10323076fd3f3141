namespace CaseSystem.Host.Localization;

/// <summary>Every text a page shows: key, Bulgarian, English.</summary>
public static class UiTexts
{
    public static IReadOnlyDictionary<string, (string Bulgarian, string English)> Catalogue { get; } =
        new Dictionary<string, (string, string)>(StringComparer.Ordinal)
        {
            ["site.name"] = (
                "Столична община — електронни услуги",
                "Sofia Municipality — e-services"),
            ["site.skip"] = ("Към съдържанието", "Skip to content"),
            ["site.other-language"] = ("English", "Български"),
            ["site.other-language-code"] = ("en", "bg"),
            ["site.signed-in-as"] = ("Влезли сте като", "Signed in as"),
            ["site.sign-out"] = ("Изход", "Sign out"),
            ["site.sign-in"] = ("Вход", "Sign in"),
            ["sign-in.title"] = ("Вход в системата", "Sign in"),
            ["sign-in.email"] = ("Електронна поща", "E-mail"),
            ["sign-in.password"] = ("Парола", "Password"),
            ["sign-in.submit"] = ("Вход", "Sign in"),
            ["sign-in.email-missing"] = (
                "Въведете електронната си поща.", "Enter your e-mail address."),
            ["sign-in.password-missing"] = ("Въведете паролата си.", "Enter your password."),
            ["sign-in.wrong"] = (
                "Електронната поща или паролата не са верни. "
                + "Проверете ги и опитайте отново.",
                "The e-mail address or the password is not right. Check them and try again."),
            ["sign-in.locked"] = (
                "Профилът е заключен за 15 минути "
                + "след няколко неуспешни опита.",
                "The account is locked for 15 minutes after several failed attempts."),
            ["sign-in.errors"] = ("Има проблем", "There is a problem"),
            ["home.title"] = (
                "Електронни услуги на Столична община",
                "E-services of Sofia Municipality"),
            ["home.text"] = (
                "Тук гражданите и фирмите подават сигнали и заявления "
                + "и следят хода им.",
                "Here citizens and businesses submit signals and applications and follow them."),
            ["home.inbox"] = ("Към задачите", "To the task inbox"),
            ["denied.title"] = (
                "Нямате достъп до тази страница", "You cannot open this page"),
            ["denied.text"] = (
                "Ролята на профила ви не позволява това. "
                + "Ако смятате, че трябва, обърнете се към администратор.",
                "Your account's role does not allow this. If you think it should, ask an administrator."),
        };
}
