using WorkspaceConfigurator.Profiles;
using WorkspaceConfigurator.Profiles.JupyterLab;
using WorkspaceConfigurator.Settings;
using WorkspaceConfigurator.Values;

namespace ExampleSite.Profiles;

/// <summary>JupyterLab with one GPU and the CUDA build of PyTorch.</summary>
public sealed class GpuJupyterLab : JupyterLabProfile
{
    public override string Slug => "jupyterlab-gpu";

    public override string DisplayName => "GPU JupyterLab";

    public override string Description => "JupyterLab with PyTorch on a GPU node";

    public override string Image => "quay.io/jupyter/pytorch-notebook:cuda12-latest";

    public override int? CpuGuarantee => 4;

    public override int CpuLimit => 8;

    public override Memory? MemGuarantee => Memory.GiB(16);

    public override Memory MemLimit => Memory.GiB(32);

    public override int GpuLimit => 1;

    public override Quantity WorkspaceVolumeSize => Quantity.Parse("50Gi");

    // GPU nodes only while a GPU is requested: --override jupyterlab-gpu:gpu_limit=0 makes it a CPU workspace.
    protected override IEnumerable<KeyValuePair<string, string>> NodeSelectorDefaults(ProfileContext context) =>
        context.Get(CoreSettings.GpuLimit) > 0 ? [new("nvidia.com/gpu.present", "true")] : [];
}
