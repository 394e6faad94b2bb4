using FluentAssertions;
using WorkspaceConfigurator.Profiles.Coder;

namespace WorkspaceConfigurator.Tests.Contract.Assets;

/// <summary>Assets of plugin profiles: found along the class hierarchy, never outside an assembly's folder.</summary>
public sealed class AssetReaderTests
{
    [Fact]
    public void A_subclass_in_another_assembly_finds_the_family_assets()
    {
        // This test assembly stands in for a plugin: the family's bash-login lives in the built-in assembly.
        var reader = AssetReader.ForType(typeof(SiteCoder));

        reader.ReadText("coder/config_maps/family/bash-login").Should().Contain(".bashrc");
    }

    [Fact]
    public void A_missing_asset_says_where_it_was_looked_for()
    {
        var read = () => AssetReader.ForType(typeof(SiteCoder)).ReadText("config_maps/site-coder/bash-rc");

        read.Should().Throw<ProfileException>()
            .WithMessage("asset 'config_maps/site-coder/bash-rc' not found: no embedded resource of that name in WorkspaceConfigurator.Tests, no file *, no embedded resource of that name in WorkspaceConfigurator.Profiles*");
    }

    [Theory]
    [InlineData("../secrets")]
    [InlineData("config_maps/../../etc/passwd")]
    [InlineData("/etc/passwd")]
    [InlineData("\\etc\\passwd")]
    [InlineData("C:/Windows/win.ini")]
    [InlineData("config_maps//bash-rc")]
    [InlineData("./bash-rc")]
    [InlineData("")]
    public void A_path_that_could_leave_the_folder_is_refused(string path)
    {
        var read = () => AssetReader.ForType(typeof(SiteCoder)).ReadText(path);

        read.Should().Throw<ProfileException>().WithMessage($"asset path '{path}' must be relative and stay inside *");
    }

    private sealed class SiteCoder : CoderProfile
    {
        public override string Slug => "site-coder";

        protected override void Declare(SettingDefaults settings)
        {
            base.Declare(settings);
            settings.Set(CoreSettings.DisplayName, "Site Coder");
            settings.Set(CoreSettings.Description, "test");
        }
    }
}
