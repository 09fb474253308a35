using System.Runtime.ExceptionServices;

namespace KgExport.Testing;

/// <summary>
/// Runs code on a thread with a 4 MiB stack (half of the 8 MiB Linux gives each thread), rethrowing what it throws,
/// so a test shows that the deepest input a depth limit lets through fits with room to spare, even in a Debug build
/// whose methods are part-way through tiered compilation (on-stack replacement leaves two frames per call).
/// </summary>
public static class SmallStack
{
    public const int Bytes = 4 << 20;

    public static T Run<T>(Func<T> work)
    {
        T result = default!;
        ExceptionDispatchInfo? thrown = null;
        var thread = new Thread(() =>
        {
            try
            {
                result = work();
            }
            catch (Exception e)
            {
                thrown = ExceptionDispatchInfo.Capture(e);
            }
        }, Bytes);
        thread.Start();
        thread.Join();
        thrown?.Throw();
        return result;
    }

    public static void Run(Action work) => Run(() =>
    {
        work();
        return 0;
    });
}
