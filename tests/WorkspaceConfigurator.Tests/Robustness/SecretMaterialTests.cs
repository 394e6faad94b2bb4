using FluentAssertions;
using WorkspaceConfigurator.Cli.Output;
using WorkspaceConfigurator.Engine;
using WorkspaceConfigurator.Tests.Support;

namespace WorkspaceConfigurator.Tests.Robustness;

/// <summary>describe, findings and errors show that secret material is present, never what it is.</summary>
public sealed class SecretMaterialTests
{
    private const string SecretData = "eyJhdXRocyI6eyJyZWdpc3RyeS5leGFtcGxlIjp7ImF1dGgiOiJjMlZqY21WMCJ9fX0=";

    private static PlannedProfile CoderWithPullSecret(string data)
    {
        var coder = Plans.Builtin("coder").Single();
        return coder with { Spec = coder.Spec! with { ImagePullSecrets = ValueList.Of(new ImagePullSecretSpec { Name = "regcred", Persist = true, Data = data }) } };
    }

    [Fact]
    public void Describe_says_the_data_is_present_and_not_what_it_is()
    {
        var text = ProfileDescription.Render(CoderWithPullSecret(SecretData), WorkspaceConfigurator.Hub.HubSettings.Defaults);
        text.Should().Contain("regcred: data present").And.NotContain(SecretData).And.NotContain(SecretData[..12]);
    }

    [Fact]
    public void The_spec_record_does_not_print_its_data() =>
        new ImagePullSecretSpec { Name = "regcred", Persist = true, Data = SecretData }.ToString().Should().Be("regcred (data present)");

    [Fact]
    public void Findings_about_pull_secrets_do_not_quote_the_data()
    {
        var spec = CoderWithPullSecret("not base64 but secret!").Spec!;
        SpecValidator.Validate([spec]).Select(f => f.ToLine()).Should().ContainSingle(l => l.Contains("image_pull_secrets[0].data"))
            .Which.Should().NotContain("secret!");
    }
}
