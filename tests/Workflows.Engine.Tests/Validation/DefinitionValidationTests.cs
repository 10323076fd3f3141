using CaseSystem.Workflows.Engine.Validation;

namespace CaseSystem.Workflows.Engine.Tests.Validation;

/// <summary>Each problem is reported naming the activity and the input, so the designer knows what to change.</summary>
public sealed class DefinitionValidationTests
{
    private static IReadOnlyList<ValidationError> Validate(Flow flow)
    {
        var engine = new TestEngine();
        return engine.Engine.Compiler.Validate(engine.Read(flow.Json));
    }

    [Fact]
    public void UnknownActivityType_IsReported_NamingTheActivityAndType()
    {
        var flow = new Flow().Add("fax", "Acme.SendFax");

        var errors = Validate(flow);

        var error = Assert.Single(errors);
        Assert.Equal("fax", error.ActivityId);
        Assert.Contains("'Acme.SendFax'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ConnectionToAMissingActivity_IsReported_NamingBothEnds()
    {
        var flow = new Flow().WriteLine("a", "A").Connect("a", "ghost");

        var errors = Validate(flow);

        var error = Assert.Single(errors);
        Assert.Equal("a", error.ActivityId);
        Assert.Contains("'ghost'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ConnectionFromAPortTheActivityLacks_IsReported_NamingThePort()
    {
        var flow = new Flow().WriteLine("a", "A").WriteLine("b", "B").Connect("a", "b", port: "Maybe");

        var errors = Validate(flow);

        var error = Assert.Single(errors);
        Assert.Equal("a", error.ActivityId);
        Assert.Contains("'Maybe'", error.Message, StringComparison.Ordinal);
        Assert.Contains("Done", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DuplicateIds_AreReported_NamingTheId()
    {
        var flow = new Flow().WriteLine("twin", "A").WriteLine("twin", "B");

        var errors = Validate(flow);

        var error = Assert.Single(errors);
        Assert.Equal("twin", error.ActivityId);
        Assert.Contains("same id", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingRequiredInput_IsReported_NamingTheActivityAndInput()
    {
        var flow = new Flow().Add("wait", "Elsa.Event");

        var errors = Validate(flow);

        var error = Assert.Single(errors);
        Assert.Equal("wait", error.ActivityId);
        Assert.Equal("eventName", error.Input);
        Assert.Contains("required", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RequiredInputWrittenAsAnEmptyString_IsReportedAsMissing()
    {
        var flow = new Flow().Add("wait", "Elsa.Event", ("eventName", In.Literal("  ")));

        var errors = Validate(flow);

        Assert.Equal(("wait", "eventName"), (Assert.Single(errors).ActivityId, errors[0].Input));
    }

    [Theory]
    [InlineData("CSharp")]
    [InlineData("Python")]
    public void ExpressionKindWeDoNotRun_IsReported_NamingTheActivityInputAndKind(string kind)
    {
        var flow = new Flow().Add("say", "Elsa.WriteLine", ("text", In.Expression(kind, "\"hi\"", "String")));

        var errors = Validate(flow);

        var error = Assert.Single(errors);
        Assert.Equal(("say", "text"), (error.ActivityId, error.Input));
        Assert.Contains($"'{kind}'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ExpressionKindWeDoNotRun_OnAnInputTheActivityDoesNotDescribe_IsStillReported()
    {
        var flow = new Flow().Add("say", "Elsa.WriteLine", ("legacyText", In.Expression("CSharp", "1", "String")));

        var errors = Validate(flow);

        Assert.Equal(("say", "legacyText"), (Assert.Single(errors).ActivityId, errors[0].Input));
    }

    [Fact]
    public void InvalidCronExpression_IsReported_NamingTheActivityInputAndExpression()
    {
        var flow = new Flow().Trigger("hourly", "Elsa.Cron", ("cronExpression", In.Literal("61 * * * *", "String")));

        var errors = Validate(flow);

        var error = Assert.Single(errors);
        Assert.Equal(("hourly", "cronExpression"), (error.ActivityId, error.Input));
        Assert.Contains("'61 * * * *'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void VariableOfAnUnknownType_IsReported_NamingTheVariableAndType()
    {
        var flow = new Flow().Variable("Applicant", "Acme.Person").WriteLine("a", "A");

        var errors = Validate(flow);

        var error = Assert.Single(errors);
        Assert.Null(error.ActivityId);
        Assert.Equal("variable 'Applicant'", error.Input);
        Assert.Contains("'Acme.Person'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void VariableWhoseInitialValueDoesNotFitItsType_IsReported()
    {
        var flow = new Flow().Variable("Count", "Int32", "many").WriteLine("a", "A");

        var errors = Validate(flow);

        var error = Assert.Single(errors);
        Assert.Equal("variable 'Count'", error.Input);
        Assert.Contains("'many'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void OutputBoundToAnUndeclaredVariable_IsReported_NamingTheActivityAndOutput()
    {
        var flow = new Flow()
            .Add("js", "Elsa.RunJavaScript", ("script", In.Literal("1")), ("result", In.Output("Nope")));

        var errors = Validate(flow);

        var error = Assert.Single(errors);
        Assert.Equal(("js", "result"), (error.ActivityId, error.Input));
        Assert.Contains("'Nope'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ScriptThatDoesNotParse_IsReported_NamingTheActivityAndInput()
    {
        var flow = new Flow().Add("say", "Elsa.WriteLine", ("text", In.Js("return (1 +", "String")));

        var errors = Validate(flow);

        Assert.Equal(("say", "text"), (Assert.Single(errors).ActivityId, errors[0].Input));
    }

    [Fact]
    public void SeveralProblems_AreAllReportedAtOnce()
    {
        var flow = new Flow()
            .Variable("Applicant", "Acme.Person")
            .Add("fax", "Acme.SendFax")
            .Add("wait", "Elsa.Event")
            .Add("say", "Elsa.WriteLine", ("text", In.Expression("CSharp", "1", "String")))
            .WriteLine("twin", "A")
            .WriteLine("twin", "B")
            .Trigger("hourly", "Elsa.Cron", ("cronExpression", In.Literal("not cron", "String")))
            .Connect("say", "ghost")
            .Connect("wait", "say", port: "Maybe");
        var engine = new TestEngine();

        var error = Assert.Throws<WorkflowValidationException>(() => engine.Compile(flow));

        Assert.Equal(8, error.Errors.Count);
        Assert.Contains(error.Errors, e => e.Input == "variable 'Applicant'");
        Assert.Contains(error.Errors, e => e.ActivityId == "fax");
        Assert.Contains(error.Errors, e => e is { ActivityId: "wait", Input: "eventName" });
        Assert.Contains(error.Errors, e => e is { ActivityId: "say", Input: "text" });
        Assert.Contains(error.Errors, e => e.ActivityId == "twin");
        Assert.Contains(error.Errors, e => e is { ActivityId: "hourly", Input: "cronExpression" });
        Assert.Contains(error.Errors, e =>
            e.ActivityId == "say" && e.Message.Contains("'ghost'", StringComparison.Ordinal));
        Assert.Contains(error.Errors, e =>
            e.ActivityId == "wait" && e.Message.Contains("'Maybe'", StringComparison.Ordinal));
    }
}
