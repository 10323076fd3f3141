using CaseSystem.Host.Localization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CaseSystem.Host.Pages.Account;

/// <summary>Sign-in with e-mail and password; each problem is shown beside its field and in a summary.</summary>
public sealed class LoginModel(SignInManager<Accounts.Account> signIn, Ui ui) : PageModel
{
    [BindProperty]
    public string? Email { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    /// <summary>Field id to message, in the order the fields appear.</summary>
    public Dictionary<string, string> Errors { get; } = [];

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (string.IsNullOrWhiteSpace(Email))
        {
            Errors["email"] = ui["sign-in.email-missing"];
        }

        if (string.IsNullOrEmpty(Password))
        {
            Errors["password"] = ui["sign-in.password-missing"];
        }

        if (Errors.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        var result = await signIn.PasswordSignInAsync(Email!.Trim(), Password!, isPersistent: false,
            lockoutOnFailure: true);
        if (result.Succeeded)
        {
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/");
        }

        Errors["email"] = ui[result.IsLockedOut ? "sign-in.locked" : "sign-in.wrong"];
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }
}
