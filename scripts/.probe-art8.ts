import { analyse } from '../tests/shared/article/invented-call';
const Q = '“The valley needs a new line before the winter,”';
const Qd = '“The valley needs a new line before the winter.”';
const cases: string[] = [
  `Finance Minister Ana Ortiz briefed reporters on Tuesday.\n\n“We will not wait forever,” she added.`,
  `A government source who asked not to be named said: ${Qd}`,
  `${Q} officials said.`,
  `${Q} a palace aide said.`,
  `Canberra said the pair had covered “the full agenda of the talks”.`,
  `French President Marc Duval met the press. Later the French president told reporters: ${Qd}`,
  `${Q} said Ola Berg, whose cousin Per Lund died in the crash.`,
  `${Q} his lawyer Ana Ruiz said of Per Lund.`,
  `${Q} said Ola Berg, a professor at Tartu University.`,
  `According to Ola Berg, an analyst at the Baltic Institute, ${Qd}`,
  `Ola Berg, an analyst at the Baltic Institute, spoke after the call.\n\n${Q} Berg added.`,
  `${Q} the Valka Rowing Club said in a statement.`,
  `${Q} the law firm wrote in a letter to the president.`,
  `In a statement, the Valka Human Rights Centre said ${Qd}`,
  `${Q} Berg told the Valka Herald.`,
  `${Q} Ola Berg said in an interview with Radio Valka.`,
  `Ola Berg, 54, said: ${Qd}`,
  `Energy Minister Jon Lind spoke first. ${Q} the minister said.`,
  `Opposition leader Jan Brouwer called the call “a missed chance for the valley”.`,
  `${Q} Jan Brouwer wrote on X.`,
  `The ministry's spokesman, Max Roth, said ${Qd}`,
  `Max Roth, spokesman for the Valka ministry, said: ${Qd}`,
  `Asked about the call, Ola Berg said: ${Qd}`,
  `${Q} a senior official told the Valka Herald on condition of anonymity.`,
  `Diplomats said the talks were “frank and open”.`,
  `${Q} said Ola Berg. “The winter is coming soon.”`,
  `Weber told reporters after the call: ${Qd}`,
  `Ola Berg, who heads the Valka Institute, said the talks were “a step forward for the region”.`,
  `The Valka Institute's director, Ola Berg, said: ${Qd}`,
  `${Q} said Ola Berg, the institute's director.`,
  `Ola Berg said the plan was “hasty and badly prepared”. Per Lund, a rival, disagreed.`,
  `${Q} said one diplomat familiar with the talks.`,
  `${Q} a spokesperson for the opposition party said.`,
  `The opposition party said in a statement: ${Qd}`,
  `Ola Berg, head of the Valka Party, said on Tuesday: ${Qd}`,
  `In an interview, Ola Berg said ${Qd}`,
  `${Q} Berg, a former ambassador to Tarvo, said.`,
  `Professor Ola Berg said ${Qd}`,
  `Ola Berg (pictured) said: ${Qd}`,
  `${Q} noted Ola Berg, a senior fellow at the Baltic Institute.`,
  `Ola Berg of the Baltic Institute told Reuters: ${Qd}`,
  `Ola Berg told AFP: ${Qd} He added that “the talks are only a start”.`,
];
for (const c of cases) {
  const r = analyse(c);
  console.log('---', c.replace(/\n/g, ' / ').slice(0, 120));
  for (const q of r.commentary) console.log(`   C [${q.speaker}] role=[${q.role}] named=${(q as any).named} :: ${q.quote.slice(0, 40)}`);
  for (const cl of r.claims) for (const q of cl.quotes) console.log(`   Q ${q.readout} ${q.text.slice(0, 40)}`);
  if (!r.commentary.length && !r.claims.some((x) => x.quotes.length)) console.log('   (nothing)');
}
