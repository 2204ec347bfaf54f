/** Help > Keyboard Shortcuts (also F1, or ? outside a text field): every shortcut, grouped, with the platform's modifier names. */
import { formatShortcut, shortcutsFor, type KeyPlatform } from '../../shared/help/shortcuts';
import { Dialog } from './Dialog';

export function ShortcutsDialog({ platform, onClose, onAbout, onIntroduction }: {
  platform: KeyPlatform; onClose: () => void; onAbout: () => void; onIntroduction: () => void;
}) {
  return (
    <Dialog id="shortcuts" title="Keyboard shortcuts" onClose={onClose} className="shortcuts-dialog">
      <div className="shortcut-groups">
        {shortcutsFor(platform).map((group) => (
          <table key={group.title} className="shortcut-table">
            <caption>{group.title}</caption>
            <tbody>
              {group.shortcuts.map((s) => (
                <tr key={`${s.keys} ${s.action}`}>
                  <th scope="row"><kbd>{formatShortcut(s, platform)}</kbd></th>
                  <td>{s.action}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ))}
      </div>
      <p className="dialog-foot">
        <button type="button" onClick={onIntroduction}>Show the introduction</button>
        <button type="button" onClick={onAbout}>About Readout Compare</button>
      </p>
    </Dialog>
  );
}
