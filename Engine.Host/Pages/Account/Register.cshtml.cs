using System.ComponentModel.DataAnnotations;
using System.Globalization;
using CaseSystem.Host.Accounts;
using CaseSystem.Host.Localization;
using CaseSystem.Workflows.Municipal.Identifiers;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using EgnNumber = CaseSystem.Workflows.Municipal.Identifiers.Egn;

namespace CaseSystem.Host.Pages.Account;

/// <summary>
/// A citizen makes an account: name, e-mail, password twice, and the ЕГН if they wish. Every problem is found at
/// once and shown beside its field; the account and its citizen role are saved together or not at all, and then
/// the citizen is signed in.
/// </summary>
public sealed class RegisterModel(UserManager<Accounts.Account> users, SignInManager<Accounts.Account> signIn,
    AccountsDbContext db, Ui ui) : PageModel
{
    public const int MaxNameLength = 200;

    [BindProperty]
    public string? Name { get; set; }

    [BindProperty]
    public string? Email { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    [BindProperty]
    public string? Confirm { get; set; }

    [BindProperty]
    public string? Egn { get; set; }

    /// <summary>Field id to message, in the order the fields appear.</summary>
    public Dictionary<string, string> Errors { get; } = [];

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var name = Name?.Trim() ?? "";
        var email = Email?.Trim() ?? "";
        var egn = string.IsNullOrWhiteSpace(Egn) ? null : EgnNumber.Check(Egn);
        var account = new Accounts.Account
        {
            UserName = email,
            Email = email,
            DisplayName = name,
            Language = Ui.Language,
            PersonalNumber = egn?.Value?.Value,
        };

        await CheckAsync(account, egn);
        if (Errors.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        // The account and its role in one transaction: a failure of either leaves no account behind.
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            var created = await users.CreateAsync(account, Password!);
            var result = created.Succeeded ? await users.AddToRoleAsync(account, Roles.Citizen) : created;
            if (!result.Succeeded)
            {
                await transaction.RollbackAsync(cancellationToken);
                db.ChangeTracker.Clear();
                AddIdentityErrors(result);
                Response.StatusCode = StatusCodes.Status400BadRequest;
                return Page();
            }

            await transaction.CommitAsync(cancellationToken);
        }

        await signIn.SignInAsync(account, isPersistent: false);
        return LocalRedirect("/requests");
    }

    private async Task CheckAsync(Accounts.Account account, IdentifierCheck<EgnNumber>? egn)
    {
        if (string.IsNullOrEmpty(account.DisplayName))
        {
            Errors["name"] = ui["sign-up.name-missing"];
        }
        else if (account.DisplayName.Length > MaxNameLength)
        {
            Errors["name"] = string.Format(CultureInfo.CurrentCulture, ui["sign-up.name-long"], MaxNameLength);
        }

        if (string.IsNullOrEmpty(account.Email))
        {
            Errors["email"] = ui["sign-in.email-missing"];
        }
        else if (!new EmailAddressAttribute().IsValid(account.Email) || account.Email.Length > 256)
        {
            Errors["email"] = ui["sign-up.email-invalid"];
        }
        else if (await users.FindByEmailAsync(account.Email) is not null)
        {
            Errors["email"] = ui["sign-up.email-taken"];
        }

        if (string.IsNullOrEmpty(Password))
        {
            Errors["password"] = ui["sign-up.password-missing"];
        }
        else
        {
            foreach (var validator in users.PasswordValidators)
            {
                AddIdentityErrors(await validator.ValidateAsync(users, account, Password));
            }
        }

        if (string.IsNullOrEmpty(Confirm))
        {
            Errors["confirm"] = ui["sign-up.confirm-missing"];
        }
        else if (!string.IsNullOrEmpty(Password) && Confirm != Password)
        {
            Errors["confirm"] = ui["sign-up.confirm-differs"];
        }

        if (egn is { IsValid: false })
        {
            Errors["egn"] = egn.Message(CultureInfo.CurrentUICulture);
        }
    }

    /// <summary>Identity's refusals, each put beside the field it is about, in the page's language.</summary>
    private void AddIdentityErrors(IdentityResult result)
    {
        foreach (var error in result.Errors)
        {
            var (field, key) = error.Code switch
            {
                nameof(IdentityErrorDescriber.DuplicateEmail) or nameof(IdentityErrorDescriber.DuplicateUserName)
                    => ("email", "sign-up.email-taken"),
                nameof(IdentityErrorDescriber.InvalidEmail) or nameof(IdentityErrorDescriber.InvalidUserName)
                    => ("email", "sign-up.email-invalid"),
                nameof(IdentityErrorDescriber.PasswordTooShort) => ("password", "sign-up.password-short"),
                nameof(IdentityErrorDescriber.PasswordRequiresDigit) => ("password", "sign-up.password-digit"),
                nameof(IdentityErrorDescriber.PasswordRequiresLower) => ("password", "sign-up.password-lower"),
                nameof(IdentityErrorDescriber.PasswordRequiresUpper) => ("password", "sign-up.password-upper"),
                _ => ("password", "sign-up.password-weak"),
            };

            // One message a field: the first problem found is the one to fix first.
            Errors.TryAdd(field, key == "sign-up.password-short"
                ? string.Format(CultureInfo.CurrentCulture, ui[key], users.Options.Password.RequiredLength)
                : ui[key]);
        }
    }
}
