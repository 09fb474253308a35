namespace KgExport.Fuzz.Running;

/// <summary>Runs one input on the fuzzer's execution thread and says what happened, with the whole exception.</summary>
public static class Replay
{
    public static int Run(FuzzTarget target, string input, FuzzRunnerSettings settings, bool show)
    {
        if (show)
        {
            Console.WriteLine(input);
            Console.WriteLine($"--- end of input ({input.Length:N0} characters) ---");
            Console.Out.Flush();
        }
        string outcome = "";
        var failed = false;
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var thread = new Thread(() =>
        {
            try
            {
                target.Execute(input, CancellationToken.None);
                outcome = "ok: parsed";
            }
            catch (Exception e) when (target.IsExpected(e))
            {
                outcome = "ok: rejected: " + e.Message;
            }
            catch (Exception e)
            {
                failed = true;
                outcome = "CRASH: " + e;
            }
        }, settings.StackBytes);
        thread.Start();
        thread.Join();
        Console.WriteLine($"{outcome}\n({clock.Elapsed.TotalMilliseconds:N1} ms)");
        return failed || clock.Elapsed > settings.TimeLimit ? 1 : 0;
    }
}
