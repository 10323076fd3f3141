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
            ["inbox.title"] = ("Задачи", "Tasks"),
            ["inbox.filters"] = ("Филтри на задачите", "Task filters"),
            ["inbox.show"] = ("Покажи", "Show"),
            ["inbox.view.mine"] = ("моите", "mine"),
            ["inbox.view.groups"] = ("на моите групи", "my groups'"),
            ["inbox.view.all"] = ("всички видими", "all I may see"),
            ["inbox.overdue-only"] = ("само просрочените", "overdue only"),
            ["inbox.search"] = ("Търсене в заглавие и описание", "Search title and description"),
            ["inbox.sort"] = ("Подреждане", "Sort by"),
            ["inbox.sort.due"] = ("по срок", "due date"),
            ["inbox.sort.priority"] = ("по приоритет", "priority"),
            ["inbox.sort.created"] = ("по дата на създаване", "date created"),
            ["inbox.apply"] = ("Покажи", "Show"),
            ["inbox.empty"] = ("Няма задачи по тези условия.", "No tasks match."),
            ["inbox.count"] = ("Задачи: {0}", "Tasks: {0}"),
            ["inbox.next"] = ("Следваща страница", "Next page"),
            ["inbox.department"] = ("Задачите на отдела", "The department's tasks"),
            ["task.title"] = ("Задача", "Task"),
            ["task.priority"] = ("Приоритет", "Priority"),
            ["task.due"] = ("Срок", "Due"),
            ["task.state"] = ("Състояние", "State"),
            ["task.owner"] = ("Изпълнител", "Owner"),
            ["task.unclaimed"] = ("непоета", "unclaimed"),
            ["task.delegated-to"] = ("Делегирана на", "Delegated to"),
            ["task.case"] = ("Преписка", "Case"),
            ["task.applicant"] = ("Заявител", "Applicant"),
            ["task.case-status"] = ("Статус за гражданина", "Status shown to the citizen"),
            ["task.documents"] = ("Документи", "Documents"),
            ["task.no-documents"] = ("Няма документи.", "No documents."),
            ["task.history"] = ("История", "History"),
            ["task.comments"] = ("Коментари", "Comments"),
            ["task.no-comments"] = ("Няма коментари.", "No comments."),
            ["task.comment"] = ("Нов коментар", "New comment"),
            ["task.add-comment"] = ("Добави коментар", "Add comment"),
            ["task.claim"] = ("Поеми задачата", "Claim the task"),
            ["task.release"] = ("Върни задачата", "Release the task"),
            ["task.delegate"] = ("Делегирай на колега", "Delegate to a colleague"),
            ["task.delegate-to"] = ("Електронна поща на колегата", "The colleague's e-mail"),
            ["task.resolve"] = ("Върни на собственика за преглед", "Hand back to the owner for review"),
            ["task.decide"] = ("Решение", "Decision"),
            ["task.closed"] = ("Задачата е приключена.", "The task is closed."),
            ["task.claim-first"] = ("Поемете задачата, за да я изпълните.", "Claim the task to complete it."),
            ["task.done"] = ("Задачата е изпълнена.", "The task is completed."),
            ["task.back"] = ("Към задачите", "Back to the tasks"),
            ["task.reassign"] = ("Преразпредели", "Reassign"),
            ["task.reassign-to"] = ("Нов изпълнител (електронна поща)", "New owner (e-mail)"),
            ["priority.low"] = ("нисък", "low"),
            ["priority.normal"] = ("нормален", "normal"),
            ["priority.high"] = ("висок", "high"),
            ["priority.urgent"] = ("спешен", "urgent"),
            ["due.overdue"] = ("просрочена", "overdue"),
            ["due.soon"] = ("изтича скоро", "due soon"),
            ["state.open"] = ("отворена", "open"),
            ["state.claimed"] = ("поета", "claimed"),
            ["state.completed"] = ("изпълнена", "completed"),
            ["state.overdue"] = ("закрита като просрочена", "closed as overdue"),
            ["state.cancelled"] = ("отменена", "cancelled"),
            ["department.title"] = ("Задачите на отдела", "The department's tasks"),
            ["department.unclaimed"] = ("Непоети", "Unclaimed"),
            ["department.past-due"] = ("Просрочени", "Past due"),
            ["department.by-owner"] = ("По изпълнители", "By owner"),
            ["denied.title"] = (
                "Нямате достъп до тази страница", "You cannot open this page"),
            ["denied.text"] = (
                "Ролята на профила ви не позволява това. "
                + "Ако смятате, че трябва, обърнете се към администратор.",
                "Your account's role does not allow this. If you think it should, ask an administrator."),
        };
}
