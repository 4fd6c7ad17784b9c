Yo te amiste, dice Jehová, y diréis: ¿Hasta cuándo nos has amado? Y dijo: ¿No es su hermano Esaú? Así ha dicho Jehová:
Y harás testimonio, por cuanto has sido con mí, por el principio.
Y Jehová le dijo: Por tanto que cualquiera que fuere tomado á Caino, será tomada sobre él siete estrellas. Y Jehová Jehová le hallare, para que no le hallare.
Y oyendo Baaasas, y destruío destruido en Rama, y habitaba en Tirza.
Y los plantaste; y ellos tienen raíz. Y ellos se asentaron, y ponían frutos; y tú eres el corazón de su boca, y de su corazón.
He aquí, mis siervos cantarán mi gozo de corazón, mas te clamarán para mi corazón, y aullarán por un espíritu de espíritu.
Y aconteció que, pues, dijo á decir al rey, diciendo: AHilías el sacerdote ha entregado un libro á mí. Entonces Moisés le le le lee delante del rey.
Y Eleazar hijo de Aarón sacerdote será príncipe de los príncipes de los Levitas, con los que guardan de los que guardan el santuario del santuario.
Estos son las familias de Issachr conforme á los contados, sesenta y sesenta y tres mil.
Y allí hay quienes se entribuye, y á nuestro asno; y también también vino pan, y también á tu siervo, y á tu siervo, y á los mancebos que no hay con tus siervos.
Y Saúl reconoció la voz de David, y dijo: ¿No es esto tu voz? Y David respondió: No es mi voz, mi señor, rey.
Y he aquí, he aquí que yo entrar en el Espíritu á Jerusalem, no sabe que me conocerán allí;
Y todos los que estaban alrededor de ellos con sus manos con vasos de plata, con oro, con bestias, y bestias, y con piedras preciosas, y en todas las cosas que se ofrecieron.
Y que no tomarán madera de campo, y no cortaron de las cosas; porque ellos harán fuego, y los despojos de las armas: y los que los despojos, y los que los destruían, dice el Señor Jehová, y los que los que los ha dicho el Señor Jehová, dice el Señor Jehová.
La lengua de los justos es como el corazón de plata: el corazón de los impíos es poco.
Y abriré mi boca en una boca; y yo haré oscuro, diciendo:
Por tanto, pues, tu maldad, y pide Dios, y pide á los pensamientos del corazón de tu corazón.
Y le preguntó la multitud, diciendo: ¿Qué haremos?
Y no estáis descarnidades con tu prójimo, y la mujer de tu prójimo:
Entonces Faraón le dijo: Góme de mí! Mirad á ver mi rostro; porque en el día que veis mi rostro.
Porque tú eres nuestro gloria y nuestro gozo.
Y los que estaban sentados en la mesa con él, comenzó á sí: ¿Quién es este que perdonado?
Y el borde del norte era del Jordán. Y el término salió al lado del lado de Jericó al norte, y subió por el monte de la tierra al occidente.
Y Aah parió á Esaú á Eliphaz. Y la base de Amama.
Y dió cada uno de los cambios de ropas, mas á Benjamín, y á los tres de plata y cinco cambios de vestido.
Y tomólos, y enviólos sobre la emisión, y envió sobre lo que había hecho.
Y el término de Nephtalí, desde el oriente hasta la parte del occidente, Manasés, una parte de Manasés.
Y el sebo de lo que diere de sí mismo, y el sebo de las bestias de las bestias, puede usarse por cualquier otro servicio; mas no serás en el camino de él.
Y se levantó; porque se levantóse en el siguiente día, y pulse en el huyerto, y se arrecha de la zazaza de agua, y un arco lleno de agua.
Así ha dicho Jehová Dios de Israel, dice: Ezechas todas las palabras que he hablado en un libro.
(sutará una tribu de mi siervo David, por causa de David y por Jerusalem, la ciudad que he escogido de todas las tribus de Israel)
Y Saúl dijo á los Ceneos: Ve, y iré de entre los Amalecitas, porque no te destruiré con ellos; porque todos los hijos de Israel, cuando vinieron á todos los hijos de Egipto. Y vinieron entre los Egipcios de los Amalecitas.
Y tú, y vosotros, y vosotros, y os he pecado, y hecho lo malo en tus ojos, para que vosotros te hablas, y os hablebles, y te juzgar.
El que es fiel en un poco poco es verdad; y el que está en un poco; y el poco es muy poco en gran manera.
Y aconteció que en el monte de Olvas, los discípulos vinieron á él, diciendo: Dinos, diciendo: Dinosnos, ¿Qué es estas cosas? ¿Qué es la señal de tu fin, y el fin de la parte?
Dejad, y se alegrará en gran manera, porque es tu recompentimiento en los cielos; porque cómo se perseguien los profetas que estaban delante de ti.
Entonces Zeresa su mujer y todos sus amigos le dijo: Dejad á él una parte de cincuenta codos, y en la mañana, y en el rey de mañana, y á Mardocho, y á mí, y al rey metó, y á Hadón.
Y ellos les dijo: ¿Quién es esto: ¿Quién es esta imagen? Y ellos le dijeron: Y ellos le dijeron: Amén.
Y no tomarás bribebe, porque los ciegos que tienen delante de los justos y por las palabras de los justos.
Mis enemigos hablan mal contra mí: Cuando él morirá, y su nombre?
Para que los despos de tu fe puede ser efecto en la ciencia de todo lo bueno que está en Cristo Jesús.
No te haréis ricos; en tu sabiduría, y en tu sabiduría.
Y hicieron señales á su padre, lo que le había llamado.
Entonces la herencia clamada, y te mandó: pueblos, pueblos, y lenguas, y lenguas, y lenguas,
Habla á los hijos de Israel, y diles: Cuando tú salieres en la tierra donde te traere,
Y los discípulos hicieron como Jesús les mandó, y aprotieron la pascua.
La visión de Obadías. Esta es lo que el Señor Jehová ha dicho el Señor Jehová: hemos oído de Jehová, y otras gentes se envió entre las gentes, diciendo: Levántate, y se levantarán contra ella.
Por cuanto has hecho Jehová tu ira, y el Altísimo, y el lugar de tu habitación,
Y como él vió á sus vestidos, y dijo: Ay de mi hija, y mi hija me me has traído, y tú eres de los que me me me han abierto; porque yo soy Jehová mi boca, y yo no puedo ir á Jehová.
Y contendió, y buscando legunidad para librarlos en la multitud de la multitud.
Y después de Amasías había venido de la matado de los hijos de Edom, é hizo los dioses de los hijos de Seir, y las pondrán á sus dioses ajenos, y entólos delante de ellos.
Y por sus ejidos con sus ejidos, y Almon con sus ejidos: cuatro ciudades.
Y el primogénito dijo á los mancebos: El padre es antiguo, y no hay hombre en la tierra para ir en el camino de toda la tierra.
Por favor, por tanto las palabras de Chr y Sichm, hijo de Isor.
En aquel tiempo se llamarán á Jerusalem: Jehová, y á todas las gentes, y todas las gentes se juntarán, á Jehová, y no andarán más de su corazón.
¿Quiere visitar todo la mañana, y probarle cada momento?
Ay de la corona de la corona de Ephraim, y á la faz de Ephraim, y á la faz de su hermosura, que está en la cabeza del valle de los que están en el valle de los que están en el vino.
Esta es cierto, la longitud del arca, la longitud de tres codos, y su anchura de cincuenta codos, y su altura de treinta codos.
Y el capitán de cincuenta, la honra es el consejo, el consejo, y el consejo de la afilónón, y el que enfrecha.
En el cual entrare de este mundo, ciego tiene el solío de la verdad, que la luz del evangelio de la gloria del evangelio de la gloria de Dios, el que no es el Dios.
Y nunca un vino un vino en pieles antiguos, ó el vino, ó ello de pieles, y será de pieles, y la piel será destruída.
Y dijo Dios á Abraham: No te ruegos en tus ojos, porque de tu siervo, y por cuanto de tu siervo: en todo lo que oyeres á ti, dice la voz de tu simiente.
Entonces todos los Judíos se volvieron de todos los altos donde estaban delante de Judá, vinieron á la tierra de Judá, á Gedalías, y á Mizpa, y á gran vino, y á gran fruto.
Las palabras de su boca son iniquidades y engaño; y él ha de ser sabio y bien.
Todas todas las gentes me alrededor, mas en el nombre de Jehová los que los agrandé.
Entonces su mujer le dijo: ¿No te habéis principal tu aflicción? Resunca Dios, y morirá.
Y él les dijo: No me llama ningún Naami. Y él me dijo, porque el Omnipotente me ha agociliado con mí.
Y fué el primero delante de él, diciendo: Señor, tu mi mina ha hecho dieznas.
Y vino á las puertas de Jerusalem, comenzó á ser oscuro delante de los sábados, que yo mandó que la puerta del sábado, y mandó que no se abrirán hasta el sábado, hasta que no se he puesto sobre las puertas del sábado, para que no se traeren en el día del sábado.
Y todas las listas de Israel fueron contados por el libro de los reyes, y he aquí están escritos en el libro de los reyes de Israel.
Así que el Señor os os arrecáis en amor de los otros, y á todos los unos, como á todos los hombres, como también también te hemos de hacer por vosotros,
Y los caballos que Salomón había sacado de Egipto, y de COM. Y el rey de Crechas, y los dejaron de Kueba.
Si no se han encontrado la muerte para muerte, le preguntaron Pilato á él.
Y Jesús, se levantó con misericordia, para que tocó sus ojos; y luego los ojos de sus ojos, y le seguían.
Y ofrecerás para la mitad de beber la mitad de vino, por ofrenda encendida de fuego, de olor de suavidad á Jehová.
Mesbab, Jamlech, Josah hijo de Amasías,
Y entrando en una vuelta, diez hombres que estaban conmigo, el que estaba en una distancia.
Y el que está sobre la casa de la casa, no entrarán las cosas que están en su casa.
Para que yo os he venido en gozo de Dios, y juntaré con vosotros.
Porque los cuerpos de las bestias de las bestias, que se traían en el lugar santo sacerdote por el sacerdote, como sembran fuera de la expiación.
Y él dijo: Pazé, y yo os he venido á Jehová; y tú tú, y saldéis á los sacrificios. Y él él llamó á Isaí, y á sus hijos, y llamó á los sacrificios.
Los que guardan su pacto, á los que se acordan á los mandamientos de sus mandamientos.
El que perdona á todos tus pecados, el que he de todos tus enfermedades,
Y Nebuzarán el capitán de la guardia, Nebusa, Rabsabs, Rabsal, y Neramar, Rabab, Rabab, y todos los príncipes del rey de Babilonia
El Dios es espíritu, y los que adoran á él, y á los que adoran en espíritu y verdad.
Hono de Jehová con tu subeña, con los primeros de todos tus frutos;
Y espada está sobre la gloria, y serán necios; y espada será sobre sus valientes, y serán avergonzados.
Y vivió Jachb, y engendró de Enoch y ocho años, y engendró á otros hijos y hijas.
Pasando por el valle demosmos, y lo hicieron un lugar de la fuente; y la cubre la lluvia, y la bendición con ella.
Porque si hacen estas cosas en el árbol verde, ¿qué será hecho en la seco?
Y el quebraba en la casa de la casa de sus vestidos, y el que comerá en la casa de sus vestidos.
Mas uno de los mancebos dió á la mujer de Jacob, mujer de la mujer, diciendo: He aquí David envió mensajeros á la salud de los desiertos, y en ellos en ellos.
Pablo y Timoth, siervos de Jesucristo, á todos los santos en Cristo Jesús, que son á Felipe, con los siervos, y con los siervos:
Y envió Moisés mensajeros de Kadh, á los de Edom al rey de Edom, diciendo: Tu hermano Israel ha dicho:
Y el pigo, porque tiene un desglose, y es ploquetado, y no petó; mas no es inmundo, es inmundo á vosotros.
Porque yo sé que después de mi repartición, vicié en medio de ti, no entrará en medio de ti.
Así ha dicho el Señor Jehová: Yo destruiré los ídolos, y yo haré cesar las imágenes de Mephim. Y no habrá más príncipe de la tierra de Egipto, y yo te pondré en la tierra de Egipto.
¿No oirá el Dios su clamor cuando viniere sobre él?
Y oyendo el sacerdote sacerdote, capitán del templo, y los príncipes de los sacerdotes, fueron oídos estas palabras, y los cuales eran de ellos, y lo que se habían hecho de esto.
Un hombre trotrotro después del primer hombre, y segundo aviso,
Y de ellos también todos los sacerdotes y Levitas, dice Jehová.
Y hijo de Tahath, hijo de Asir, hijo de Ebias, hijo de Cora,
Y viendo los hijos de Israel, le dijeron: ¿Qué es otro? Porque no lo saben qué lo lo que había dicho. Y Moisés les dijo: El pan que te ha dado Jehová.
Porque todo esto he puesto á mi corazón, y á todos los justos: y los sabios y los sabios, y sus obras son en la mano de Dios; si no es amor de él, ni lo conocerá delante de ellos.
Y te multiplicaste á sus hijos como las estrellas del cielo, y trajélos en la tierra que le dijo á sus padres, para poseerla.
Y partidos de Kadh, y los hijos de Israel, vino toda la congregación, hasta el monte de Hor.
Y aconteció que en la mañana la mañana, se levantó, y se levantó, y se levantóse en desierto, y oró allí, y oró allí.
Y él le dijo: ¿Es ahora ahora á ella: He aquí que nos habéis hecho con nosotros: ¿Qué es esto? ¿Qué te habéis hecho? ¿qué te ha dicho el rey, ó el ejército del ejército? Y respondió á mi pueblo, y dijo á mi pueblo.
Así ha dicho Jehová de los ejércitos: Envio, y llamad á las mujeres, para que vienen, para que vencieron las mujeres, para que vienen.
Los dos ó tres de los profetas hablan, y los otros aplandecuos.
Y de los cantados: Eliashib, y de los porteros: y á Selem, y á Uri, y á Uri.
El cuerpo no quedará todas las noches sobre el árbol, sino de cierto lo mismo día: porque es el mismo día que es el Dios de Dios. No es tu tierra, que Jehová tu Dios te da por heredad.
Y ellos no podían contir la sabiduría, y el Espíritu que habló por lo que hablaba.
Por tanto, como el Espíritu Santo dice el Espíritu Santo, si oyeres su voz,
Mas el ángel de Jehová no parecer á su mujer, ó á su mujer: y á su mujer lo que era Jehová.
Porque yo, oh Jehová, no cambias; pues, los hijos de Jacob, no son consumidos.
Ahora pues, pues, si has desaltado, y justos, en que has hecho Abimelech rey, y si has hecho el rey con Jerobaal, y su casa, y su casa, y lo hicieron conforme á sus manos conforme á sus manos
El hombre es despirito de su gusa, y la posesión de los hombres, y la posesión de los hombres son pedificados.
Y él subió, y puso sobre el niño, y puso su boca sobre su boca, y sus ojos sobre sus ojos, y sus manos sobre sus manos; y él se levantó la guerra.
¿No buscas muchas cosas? No buscas; porque he aquí, he aquí que yo traigo sobre toda carne, dice Jehová, dice Jehová tu vida, que te escaparé con tu vida.
Y como ellos le habían venido, les dijo: Tú sabes de los primeros, desde el primer día en Asia, que yo estaba con todo el tiempo,
Mas si el hombre hallare el hombre que se arregiere en el campo, y el hombre que la fuerza, y el hombre con su fuerza, solo el hombre que se pondrán con ella;
El hombre valiente, el hombre de guerra, el cual juzga, el profeta, y el divión,
Y respondiendo él, dijo: Hijo de Jesús, ungó, y dijo mi ungido, y dijo á mí: Ve, y á los escribas de Silo, y yo se he recibido, y he recibido delante de ti.
Mas de aquel día ó hora no sabe que ningún ángel, ni el ángel en los cielos, ni el Hijo, sino el Padre.
Porque el cual Dios ha enviado á hablar las palabras de Dios; porque Dios da el Espíritu sin medida.
He aquí que Jehová tu Dios es el cielo, los cielos de los cielos, y la tierra, con todo lo que hay.
Si alguno tiene oído, oiga.
Yo soy pan de vida.
Y ella le dijo: Yo os digo, yo te haré.
Y él le dijo: Por cuanto no os habéis oído la voz de Jehová, he aquí que se partió de mí como león, le matarás como león. Y como él le había hallado de él, y le halló.
Quitadme de mí, y afligirme; no me aprenta ni riquezas, ni en la comida; ni me es necesario para el pan que es necesario;
Yo no pudo tomar todo este pueblo, porque es demasiado grande para mí.
Y ellos les juró á ellos y á sus hombres, y díjoles: No temas de los siervos de los Caldeos; y sirve en la tierra de Babilonia, y servirá el rey de Babilonia, y serás con vosotros.
Y las lenguas se encenará, y todos los que vean sus cabezas.
Y los que oyeron, dijeron: ¿No puede guardar?
Y pondré á mí el sacerdote, y á mí, conforme á lo que está en mi corazón, y en mi corazón, y yo le edificaré la casa delante de mi ungido.
Y andando muchos como en esta regla, paz y misericordia de ellos, y sobre ellos en Dios de Israel.
Y David dijo: Ve, y pasare. Y pasaron el Gitiita, y todos sus hombres, y todos los niños que estaban con él, y todos los que estaban con él.
Y conténdo testimonio á todos los que oyen las palabras del libro de este libro: si alguno le añadirá, Dios le añadirá la plaga que está escrito en este libro.
Y llamó su nombre en Israel: La casa de él, la casa de él que tenía su santo.
Porque no es necesario para considerar el hombre, para que fuese delante de Dios en juicio.
O Otros fueron disparados por escarcarcar, y descogando, y más destañas, y despidados.
Y andó en el camino de la casa de Achb, y hizo lo malo en ojos de Jehová, como la casa de Achb, hijo de Achb, hijo de Achla.
Y Beerah su hijo, al cual Tililath-serath rey de Asiria fueron trasportados. Y el príncipe de los Rubén fué príncipe de los Rubén.
No á todo el pueblo, sino que estaban testigos delante de Dios, á nosotros, para que nos comieron, y bebieron de él después de los muertos.
Porque Dios no es Dios de confuera: mas de paz, como en todas las iglesias de los santos.
Y volvióse sus aguas en sangre, y mató á sus peces.
Y vivió Arpachs treinta años, y engendró á Sela.
Y vino un varón de Dios, y habló al rey de Israel, y dijo: Así ha dicho Jehová: Por cuanto los Siros han venido á los collados de los collados, mas no es el valle de todos tus manos, y yo te entregaré en tus manos, y yo soy Jehová.
Y si el hombre comerá cosa cosa santa, añadirá el quinto del quinto, y dará la parte del sacerdote, y dará el sacerdote á el sacerdote.
Y el término de su heredad fué á Zora, y á Erara, Isheme,
Y fueron los basas de las columnas de metal. Las columnas de las columnas de las columnas y sus rellenos de plata. Y los capiteles de plata de plata, y todas las columnas de plata.
Mas si el sacerdote mirare, y he aquí no hay en blanco en ella, y no hay que la piel de la piel, sino que el sacerdote es la piel, y el sacerdote es siete días.
Los hijos de Adin, cuatro cincuenta y cincuenta.
Y el rey de la fortaleza de los justos, y confirmaste la fortaleza, y por justicia, y justicia en Jacob.
Y dijo Esther á decir delante del rey, y cayó sobre sus pies, y le rogó con él, y le rogó de Amánchi, y de Amán, y su alma que había hecho contra los Judíos.
Y de su propia voluntad nos dió á la palabra de verdad, para que nosamos un fruto de sus animales.
Y el Naziritará la cabeza de su cabeza en la puerta del tabernáculo del testimonio, toma el peto de la cabeza de su cabeza, y pondrá sobre el fuego que está debajo de la paz.
Y levanté mis ojos, y he aquí, y he aquí un hombre vestido de lino, el cual era de oro punteado con oro puro.
Y no le dió respuesta, ni una palabra, así lo que el gobernó en gran manera.
Y Jehová, yo te clamaré, porque el fuego de los ejidos del desierto, y la llama de todos los árboles.
¿Qué es mi fortaleza, que yo esperar? ¿Qué es mi fin, para que yo sea palo?
Y el campo se asentó la tierra: y la tierra es destruída, y el vino, y el vino de vino, y el aceite, y el aceite, y el aceite.
Y los hijos de los sacerdotes fueron hallados que habían hallado la casa de los hijos de Jesuán, hijo de Josán, hijo de Jozada, y sus hermanos: Maas, Eliezer, y Jaezer.
Y las aguas rectaron de la tierra, y después de los cincuenta días de ciento y cincuenta días.
Y Moisés dijo á su padre-inla, diciendo: Por cuanto el pueblo me ha venido á decir á Dios de Dios.
Y este día será memoria para ti; y guardarás como una fiesta á Jehová; y guardarás por tus generaciones.
Porque tegará de fuego de fuego sobre su cabeza, y Jehová te aprendarás.
Y muchos días después de los mancebos, se juntaron todos los príncipes de esta tierra, y partió su propiedad. Y ella era su propiedad viviente.
Y comenzaron á él, diciendo: ¿A qué potestad te habéis hecho estas cosas? ¿y quién te dió estas cosas á estas cosas?
Por lo cual tomó la luz de sus fornicaciones, la tierra se aputó, y la cual condenó con piedras, y con piedras con madera.
Y Josué envió; y ellos vinieron á ponerse á la emboscada, y estaba entre Beth-el y á la parte del occidente; mas Josué estaba en medio de la noche.
Y vinieron á Balaam, y díjole: ABalka, hijo de Zipipal, ahora no te ruego que me habéis de venir,
con todos los bajos, y humilidades, con padecuencia, torando con otro en amor,
Y reinó Joachb veinte años cuando comenzó á reinar, y reinó seis años en Jerusalem; y su madre fué Jerara hijo de Sadoc.
Y he aquí, un vino á él, y dijo: Vea, ¿qué lo bueno, para que yo tengo vida eterna?
Y Baaaa hijo de Ahijah, de la casa de Issachr, y con él, y Baballe, y Babebeth, que le había de los Filisteos; porque todos los Filisteos fueron de Israel.
Y será el quebrado de los reinos; y no alzarán sobre las gentes; y más que no los desminaré, y no se enseñorearán más sobre las gentes.
¿Está seguro de todo su potencia y de su potencia, y la cuenta de grande, y la cuenta de Mardocho, que el rey de Mardocha, en el libro de las crónicas de las crónicas de los reyes de Persia y de los reyes de Persia?
Y cuando él había dicho este argumento, se levantó entre los Fariseos y Sarceces, y las crechas fué repartido.
Tomad mi yugo, y aprendíos de mí, porque yo soy girirado, y te hallaré en corazón; y hallarás por tu alma.
Y plantó Jehová Dios un huerto al oriente, y en Eden, y allí había puesto el hombre.
¿Qué dirás yo? Porque el tiempo que me ha detenido, si yo me ha dicho de Gedeón, Samsón, José, y José, y los profetas de David, y los profetas,
Vosotros sois nuestros letras, escritos en nuestro corazón, y leídos por todos los hombres,
Y Sanbaat, y Geshem envió á mí, diciendo: Venid á la reunión en la vuelta en la villa de Ono. Mas en el mal de mí metieron.
El hijo es el mallano de su padre: la mujer de la mujer de su padre se arrecer.
Así ha dicho Jehová Dios de Israel: He aquí yo tornaré las armas de la guerra que están en tus manos, con la cual pelete contra el rey de Babilonia, y contra los Caldeos, y sobre los Caldeos que te juntaré en medio de esta ciudad.
Los contados de David el pueblo que estaban con él, y capitanes de mil y capitanes.
Porque el reino de Jehová es el reino; y él es príncipe sobre las gentes.
Y los tribunos que estaban sobre los mil y capitanes de los mil, y los capitanes de mil, y los capitanes de Moisés, vinieron á Moisés.
Y respondiendo Jesús, y dijo: ¿Fien generación, y desversación, ¿cómo serás con vosotros y con vosotros, y consumé tu hijo.
Y una tercera de los animales que estaban en la mar, murió una tercera tercera de los arcaes.
Mas como mi oración está á ti, oh Jehová, en un tiempo aceptable; Dios en la misericordia de tu misericordia, me responderé en la verdad de tu salud.
Y Jesús, mirando á ellos, dijo: Ezechas no es imposibles, sino con Dios, para todas las cosas son posibles con Dios.
Cuántos los ojos de adulterio, y los que no pueden despertados de pecado, teniendo alma almas de corazón, Ay de los hijos de ingresurados!
Y como Dios destruyó las ciudades destruídas, Dios de Abraham, acordó Abraham, y envió á Lot por medio de las ciudades, cuando habitaban en las ciudades que habitaban.
De cierto os digo, que hablamos, hablamos que sabemos y testimonio de lo que hemos visto, y no recibéis nuestros testigos.
Y Saúl mandó á sus siervos, diciendo: He aquí David, y dirás: He aquí el rey, y todos sus siervos, y todos sus siervos. Ahora pues, pues, pues, hijo del rey.
Y dí tu señor á la casa de tu señor, y tus mujeres en medio de Israel, y te dió la casa de Israel, y si no se han de ser un poco poco, y aun más más que has añadido más.
Mas toda mujer le preguntará de su prójimo, y de su casa, y de la casa de plata, y vestidos de oro, y vestidos de oro, y pondrás sobre tus hijos, y sobre tus hijas.
Entonces el rey Jehora, llamó á Joiada sacerdote, y á los sacerdotes, y díjoles: ¿Por qué eres tú, ¿Por qué reparar la casa de la casa? Ahora pues, pues, no tomarás de tu dinero, sino que los tesoros de la casa.
Y aconteció que como á caballos, á caballos, á caballos de asno, y tropiece de asno, y escuchará con gran gran manera.
Y durmióse con sus hijos y sus hermanos, y á sus hermanos, y á sus hijos de Judá, á los hijos de Judá, á la obra de la casa de Dios: y los hijos de los hijos de sus hermanos, y á sus hermanos, y á los Levitas.
Y he visto un ángel valiente que sale de los cielos, de nubes de nube; y la lluvia estaba sobre su cabeza. Y su rostro fué como el sol, y sus pies como las columnas de fuego.
Y para traer las primeras frutos de nuestra tierra, y primeros frutos de todos los árboles del año, por la casa de Jehová, á la casa de Jehová;
También si alguno comparado en una corona de adétánticos, la corona no tiene comparado por las reglas de las reglas.
Y las gentes hicieron con un acortado para las cosas que había hablado por Felipe, y vieron las señales que él había hecho.
Y dió uno uno de cinco talentos, á otros dos, á cada uno á cada uno, conforme á su camino. Y salió sobre su camino.
Y fué el sepulcro de mí alrededor de mí: y laszos de la muerte vino sobre mí.
Y cuando el justo se volviere de su justicia, y la iniquidad, y la maldad de todas las abominaciones que el impío, ¿no es el impío? No se ha hecho ningún hombre de su pecado, se acordará su pecado.
¿Es pues, pues, pues, yo Jehová contra este lugar para destruirlo? Y Jehová me dijo: Ve, y destruirla á esta tierra, y destruirla.
Y destruiré todas sus bestias de las aguas, y las aguas del pie de hombre, y los que no los arrrecerán más, ni la honación de las bestias de ellos.
Y el bien, que los príncipes de los príncipes, que nobles del pueblo, con las varas del desierto, y con sus varas. Y partieron á Mathan;
Así que el niño se hace conocido por sus obras, si su obra es de su obra, y si es la derecha.
Entonces Saúl aprotó á Samuel en la puerta, y dijo: Ruégote que me dijeren: De la casa de donde está la casa de la casa.
Porque la promesa fué á Abraham y á su simiente que él había desarrollado por la ley del mundo, sino por la justicia.
Mas el Dios le resucitado de los muertos;
Y cuando entraron sobre la tierra, vieron un fuego de copas, y con los peces, y en él puso pan.
Y tomó de todas las ciudades de Judá, y los altos del sol y las imágenes del sol; y el reino estaba delante de él.
Y ellos le dijeron hasta que él les dijo: ¿yeronaron su voz, y dijo: Rid la tierra de esta mujer, porque es para siempre.
Y Moisés y Aarón salió de Faraón, y Moisés clamó á Jehová á Jehová de la frogra que había traído sobre Faraón.
Y he aquí que allí estaban con ellos sus dos hijos, Ahimas, hijo de Sadoc, y Jonathán, y Jonathán hijo de todo lo que oyereis.
Y fué por causa de las palabras del rey, y su señor vino en la casa del banco. Y dijo: El rey, y dijo: No, porque tus pensamientos; ni tus pensamientos, ni tu rostro se ha cambiado.
Dobles: has Coré, y todos sus censiones,
Y edificaron casas, y plantarán; y plantarán viñas y comerán sus frutos.
Los que fueron nacidos de sangre, ni de la carne, ni de la carne, ni de Dios: mas de Dios.
Ay de él que da á su prójimo, derramando tu prójimo en el vino, hasta que se embriagieres, para que seáis en sus cuerpos des, y desvanzas.
¿Caniste tú el Levita de Leví con un pepeto, ó pulse en su lengua?
¿Canzará una vuelta, ó de la vuelta, ó de su pueblo? Mas mi pueblo me has olvidado mi pueblo sin ser olvidado.
Porque el que no conoció por pecado, para ser pecado sobre nuestro Dios, para que en él hemos hecho la justicia de Dios.
No hay oro y la bibiera, mas los labios de ciencia son de ciencia.
Y vino José á sus hermanos, y dejaron á José de sus hermanos, y la turicencia que estaba sobre él sobre él;
Y díjoles Judá, y díjoles: No es más justo que yo, porque yo no le daré á Sela, hijo mío.
Y el siervo se postró, y se postró delante de él, diciendo: Señor, he de mí con mí, y yo te daréis todo.
Y hubo nacido á él siete hijos y tres hijas.
En tu misericordia de tus enemigos, y destruiré todos los que afligan mi alma, porque yo soy tu siervo.
El hombre se entó su cabeza, y adoraron á Jehová.
Los cuales son las heredades que Moisés distribuieron en los campos de Moab, de la parte del Jordán de Jericó, al oriente.
El que es el furor de ira es grande inteligencia; mas el que tiene peleto.
En aquel que has traído en extranjeros, en corazón, y en la carne, en mi santuario, para que en mi santuario, y mi casa, cuando ofrerece mi pan, y la sangre, y la sangre, y la sangre se arrecieron, y todas las abominaciones de tus abominaciones.
Y los que habitan sobre la tierra, se alegrarán sobre ellos, y serán regosos: y ellos darán los unos á los dos profetas, por los dos profetas que habitan en la tierra.
Los hijos de Gidel, los hijos de Gahar, los hijos de Reaías,
Y Samuel dijo al pueblo: No temas; tú has hecho todo este mal; mas no se apartare de Jehová, sino que no sirve á Jehová tu corazón.
Y si él es pobre, y no se puede tener un hombre, y tomará un cordero para expiación por expiación, para hacer una décima de flor de harina, y una décima de flor de harina amasada con aceite, y aceite con aceite con aceite,
(almente Jesús no se enbatió, sino sus discípulos, sino sus discípulos)
Y él les dijo: Tú eres tú, que vosotros en los ojos de los hombres, mas Dios saben tu corazón: porque el que está en ojos de Dios en ojos de Dios.
Mas tú eres el mismo. Tus años no tienen fin.
Y un macho cabrío para expiación, además además del holocausto, y su presente, y su presente.
Y si el hombre no está en mí, él se arrrrre como una rama, y se juntarán; y los juntaron en fuego, y los cuales semieron.
Y vinieron á los que se habían quedado, y diólo en la ciudad, y en la tierra; y el pueblo vino á ver lo que era.
Mas los que se han determinado los ricos en unazo, y lazo, lazo, y muchos escucillos, y agrandencias, como en gran manera que se arrecha, y perezca.
No se ha encontrado ningún Dios, sino que se hallare el hombre; mas todo lo que está escrito en tus palabras; y tú serás justificado en tus palabras, y el juicio al juicio.
No escontáis tu rostro de mí; no te he puesto tu siervo en furor; y no me has des ayudado, ni me des desvaneme, ni de salud de mi salud.
Y en el año en el año de todos tus varones aparecerán delante del Señor Jehová de Israel.
Y tú, hijo de hombre, yo te he puesto á la casa de Israel: por tanto, oirás la palabra de mi boca, y les daré aviso de mí.
Bienaventurado el Dios Altísimo, el cual ha librado tus enemigos en tu mano. Y le dió una décima de todas las décimas.
Y de los primeros de tu arrreceréis la ofrenda de la ofrenda: como la ofrenda de la era de la era de la era de la era.
Mas si no era de ellos, ó con su carne, entonces él hará su maldad.
Y Ahitub engendró á Sadoc: y Sadoc engendró á Sallum.
Y como David había venido á la parte superior, donde Dios se adoraba, he aquí que Husai á Archita, y á recibirle con su cabeza, y sobre su cabeza.
Y Dios le rogó el pueblo alrededor del desierto por el mar Bermejo, y los hijos de Israel se subían, y los brazos de la tierra de Egipto.
Mas sus aguas, y son angustiados, aunque los montes sembró con sus lámbrados. (Selah.)
¿Es las aves del cielo, que no sembrarán, ni sembraron, ni segarán, ni segaron en las barras de los cielos: ¿No hay más más más más más más?
Y le rompió, porque él se engrandó contra Jehová: y Moab, y en su muro, y también también también será en sus desiones.
Y salió Nathán á su casa. Y Jehová hirió el niño que Uríaría á la mujer de David, y era muy enfermo.
Mas ellos fueron santificados, y llenaron con temor, y desputados que habían visto espíritu.
Y respondiendo él, dijo: El que me di á su mano con el que me entregará.
Entonces el rostro del rey fué cambiado en él, y sus pensamientos le entribó; y los se juntaron de sus faldas, y sus rodillas fueron sus rodillas.
Y de los profetas: mi corazón está en medio de mí, y todos mis huesos se arrrece; y yo soy un hombre como un vino, y como el varón de Jehová, por causa de su santo, y por las palabras de Jehová, por causa de sus palabras.
Y pondráse á las gentes para las gentes, y se juntarán las gentes de Israel, y juntarán los cuatro esquinas de la tierra de Judá.
Jehová ha jurado por la prima de Jacob: Ciertamente no olvidaré de sus obras.
Y al oriente, tres puertas, y sobre las puertas del norte, y sobre las puertas del mediodía, y en el occidente tres puertas.
Y como él había dicho esto, y llamó á Mary, y llamó su hermana, diciendo: El Maestro es aquí, y te llama.
Y los que comerán de su fortaleza, y destruirá su ejército, y su ejército será muerto, y muchos muertos caerán.
Y confirmaré el trono de tu reino, según el pacto de David tu padre, diciendo: No se ha detenido un hombre en Israel.
Todos tus enemigos han abierto su boca contra ti; y sus geseseses, y le dicen: Nosotros hemos destruido á causa de ella, y á causa de este día; porque nos hemos visto. Y nosotros hemos halladomos.
Y la tribu de Benjamín: el príncipe de los hijos de Benjamín será Abida, hijo de Gedeón.
Y como él había tomado consejo con el pueblo, y contó á los que estaban á Jehová, y dan alabanzas en el ejército, y dirán delante del ejército, y dice Jehová, para siempre es su misericordia para siempre.
Y he sido en los ríos de los ríos de ríos, por resoluertos de mi tierra, por la tierra de los Gentiles, por la ciudad de los Gentiles, por la ciudad, por la mar, por los hermanos en el desierto;
¿Es ha sido manifestados las puertas de la muerte? ¿y habéis visto las puertas de la muerte de la muerte?
Y cuando hubiereis acabado de ti todos los panes de tu tercer año en el tercer año, que es el año de ti, le darás á Leví, á los extranjeros, á la viuda, y á la viuda, y á la viuda, y de tus puertas se hartarán.
No salieres á los óxores, cuando el grano del grano.
Y él, se ha entregado por el consejo, y para el consejo de Dios, y has tomado por mano de la ley de los hombres, y mató á los hombres;
Mas los sacerdotes de Leví, los hijos de Sadoc, y los que han hecho el santuario de mi santuario cuando los hijos de Israel se juntaron de mí, para que me sirvieren delante de mí, para que me ofrecieron delante de mí, dice el Señor Jehová.
Porque si nos envimosmos, por el Señor; y si nos moriremos á el Señor; y por tanto, por tanto, nomos, niremos el Señor.
Y vinieron á su casa, mas no hallaron más de sus pies, y los pies de sus manos, y las palmas de sus manos.
Y á Jehová es Jehová, y á causa de la ciudad, en el monte de nuestro Dios, en su santo monte.
Harás también los linos, para cubrir sus carnes, y revertarán de los lomos.
Y á Humbles, pues, por mano de Dios, para que te aprendiere en tiempo,
Y cuando Jehová te envió de la barra de Kadnea, diciendo: Ve, y poseeréis la tierra que te he dado, contra el mandamiento de Jehová tu Dios, y no creyéis ningún mandamiento de Jehová, ni le creyó á su voz.
No te pondrás en el impío, y sobre la habitación de los justos: no destruiréis su lugar;
Y tomarás algunos de los carneros, el sebo, el sebo que cubre, el se cubre en los dos, y la cubre de los dos, y el sebo, y el sebo de los sebos, y el sebo, y el carnero es el carnero de un carnero, y el carnero de un carnero.
Y dije: Señor Jehová: ¿No dices de mí, diciendo: ¿No habla de hablar?
Y establecen las emboscadas de Israel todas las partes alrededor de Gabaa.
De los hijos de Benjamín, sus generaciones, por sus familias, por sus padres, conforme á la casa de los nombres de los nombres, de veinte años arriba, todos los que podían salir á la guerra:
Y pasará por la mar de aflicción, y herirá la mar en la mar, y toda la profundidad de los hombres, y la escogará; y la escilla de los pries de Asiria serán traídos de Egipto.
Por tanto, y volviere, y volved á tu pecado, para que tus pecados ha venido, para que venga allí desde la presencia del Señor,
Mas ellos secieron el polvo de sus pies contra ellos, y vinieron á Icono.
Para que las misericordias de Dios de los cielos, de este secreto, que Daniel y sus compañeros no perdían con los hechos de los sabios de Babilonia.
Y no le conoció, porque sus manos eran peleados, como sus manos de Esaú su hermano le bendijo.
En todo, somos dos almas setenta y setenta, en el arca.
Gededoth, Beth-gonn, Naam, Naa, y Makah, seis ciudades con sus aldeas.
Y los que están muertos con espada, son más que los que están muertos con hungertos; porque estas cosas se arrecieron por el campo, por falta de los frutos de los frutos del campo.
Y confirmó á Jacob por estatuto perpetuo, y á Israel por pacto eterna,
Y el séptimo día, el sacerdote mirará el sacerdote; y he aquí si la piel de la piel de la piel, y su parece es la piel de la piel, y el sacerdote será limpio.
Y el que huyecerá en el hambre, en el día, y el que se levantará en lazo de lazo, porque yo traeré sobre él en lazo de Moab, en el año de su visitación, dice Jehová, dice Jehová.
Y el Filisteo dijo á David: Venid á mí, y yo daré tu carne á las aves del cielo y á las bestias del campo.
Y Abisua, Naaman, Ahora,
Y el rey de Israel dijo á Josaphat: El hombre no es á quien á recibiremos á Jehová, hijo de Imla, hijo de Imla; mas yo le aborrece; porque no me profetiza, sino que me profetizan. Y dijo: No digas.
Y ellos se han desperperado, con tu año, porque por causa de la gracia de la gracia de Dios en vosotros.
Y dijo el rey á Nathán profeta: He aquí ahora habitaré en casa de cedro, mas Dios de las cortinas en las cortinas.
Y fué veinticinco años cuando comenzó á reinar, y reinó veinte años en Jerusalem; y su madre fué Abis.
No haré yo á Samaria, y á Samaria, y á sus ídolos, y á Jerusalem y á sus ídolos?
Si alguno pobre, uno de tus hermanos, está contigo dentro de tus puertas en tu tierra que Jehová tu Dios te da, no te haréis de tu corazón, ni te cerrará de tu hermano;
Salto de Mardo, el que nos ha hecho mucho.
Y el quinto vino á la tribu de los hijos de Aser, conforme á sus familias.
Y su corazón se ha cambiado de los hombres de hombre, y de las bestias del corazón de él; y los siete veces pasaron sobre él.
Yo también os arrreceré, y yo escarneceré, cuando te arrrecáis, cuando te arrerecáis,
Y subióse á él, y hiriólo en él, y matólo en el año de Asa, y reinó en su lugar de Judá, y reinó en su lugar.
Porque he aquí que Jehová vendrá con fuego, y sus carros serán como los carros, y su furor, para generar su furor, y su reprensión con la llama de fuego.
Y algunos de los hijos de los sacerdotes con trompetas: Zachrías hijo de Jonathán, hijo de Seanías, hijo de Mathanías, hijo de Mica, hijo de Zaur, hijo de Asaph;
Y en el tiempo de ella, he aquí, hercido en su vientre.
Y el resto de todos los hechos de Asa, y todo lo que hizo, y todas las ciudades que hizo, y las ciudades que hizo escrito en el libro de las crónicas de las crónicas de los reyes de Judá, y en el tiempo de sus pies.
Y Judá dijo: Dejademos, porque no seas vergenza; y he aquí este macho cabrío, y has hallado.
Porque él ha sacado á los altos, la ciudad, la ciudad, y pondrá; y él corró hasta la tierra; y traerla hasta el polvo hasta el polvo.
No hay ninguna palabra corrupta de tu boca, pero solamente lo que hace bien bien, para que el que la hubiere de hacer gracia, para oir la gracia á los que oyen á los que oyen.
Porque la gente ha venido sobre mi tierra, y sin número, y sin número; y sus dientes son los leones de un león, y él tiene el león de un león.
Porque todos los que viven, no es experencia en la palabra de justicia, porque es un babajo.
¿Quién es este rey de gloria? Jehová es el rey de los ejércitos? (Selah.)
Y los dos compancias de los que dió gracias en la casa de Dios, y la mitad de los príncipes de los príncipes, y la mitad de mí;
Mas ahora, yo digo, yo soy á Jerusalem, y á los santos.
Y vino Amalec, y pelearon con Israel en Rephidim.
Y los que descienden á la mar en las mares, los que hacen en muchas aguas,
Y después de algunos años, yo vino á los pobres á mi gente, y á mis libaciones;
Y levantóse David, y todo el pueblo que estaban con él, y pasaron sobre el Jordán: por la mañana no hubo quien la luz del Jordán, no se habían salido sobre el Jordán.
Mis ojos no se ha dejado por tu palabra: Cuando me consolaré?
Y habitarás en la tierra de Gosen, y tú serás á mí, y tus hijos, tus hijos de tus hijos, tus ovejas, y tus ovejas, y todos los que has de ti.
El rey de Tappa, un rey de Hepher, un rey de Hepher;
Bienaventurado el hombre que hace Jehová su confianza, y no respucie á los soberbios, ni á los que se apartare.
Y conversos, y desolíos de mirro, mientras es grande grande: Dios en la carne, justificando en el espíritu, que habiendo predicado en las gentes, creyó en las gentes en el mundo, y se recibieron en la gloria.
Y ellos clamaron á mí con su corazón, mas ellos en su corazón se juntarán; y se juntaron de mí, y se juntaron de mí.
Mas el presente es como el pecado: porque por la rebelión de la prevaricación de los unos murió más la gracia de Dios, y de la gracia de la gracia de Dios, á la gracia de Jesucristo, á muchos.
Y tomó á cuchillo á cuchillo que estaba en mano de Joab: y él hiriólo con el cuerpo, y su arco en la tierra, y no le herió á la tierra, y murió á Joab, y á Abisai, y á Joab su hermano.
Y el hombre, señor de la tierra, habló con nosotros con nosotros, y tomónos para las tierras de la tierra.
Y los que estaban en Nehemías, Nehemías, hijo de Hacalías, y Sedechas,
(Por qué sabemos en la tierra de Egipto, y cuántomos por medio de las gentes por medio de las gentes que pasan;
Mas si alguno os ha dicho: Esta era de ídolos, no comiste por causa de la causa de la cosa que te ha dicho, y por amor de la conciencia: porque es el Señor de toda la tierra.
Y como me fué, cuando vino de Paddan, y Rachm murió en la tierra de Canaán, al camino de los Cananeos, cuando había venido á Ephhath, y sepultado en su camino, y sepultaré á Ephel.
Y la ley de la verdad fué en su boca, y no se halló en sus labios: y en paz en paz, y los rectos en paz.
Las instrucciones, y sabios; no no no quiso.
Porque donde está en los carcas, que está la vuelta á los vultos.
Y Amasías su hijo, Azarías su hijo, Joach hijo,
En el cuarto mes, en el día del mes del mes, el hambre estaba hambre en la ciudad, así no hubo pan para el pueblo de la tierra.
¿No de vosotros habéis hecho un negocio contra su prójimo, ir á la ley delante de los santos, y no delante de los santos?
Y en el quinto año de Roboam, y Sichs rey de Egipto vino contra Jerusalem;
Y todo el pueblo se levantó como un hombre, diciendo: Yo de nosotros iré á su tienda, ni ninguno de nosotros se apartará á su casa.
Y si hay hambre en la tierra, si hay pestilencia, si hay grano, ó la langosta, ó la langosta, si sus enemigos serán en la tierra de sus enemigos;
Y será que cuando cuando los Egipcios te verán, diciendo: Esta es su mujer, y me matarán, mas me salvarán.
Pablo, de la cárcel de Jesucristo, y Timoth-imoth nuestro hermano, para Filón, nuestro amado,
Y respondiendo los Judíos, le respondió: ¿Qué señales que nos mostraréis, vete que estas cosas te hagan estas cosas?
Y tomó el libro del pacto, y le leerá en el pueblo de los pueblos, y dijeron: No ha dicho Jehová, y se ha dicho.
Y si tu ley había sido mi ley, he desolado en mi aflicción.
Y respondiendo él, dijo: Mi señor mío, siervo mío, mi siervo me adjuntó; porque tu siervo dijo: Yo me arredreme, para que yo soy con el rey, y el rey de tu siervo está con tu siervo, porque es tu siervo.
Y Pablo dijo: Yo ora á Dios, para que con poco, ni con pocos, sino todo lo que me oyeres hoy, para que yo soy hoy.
Para abrir los ojos ciegos, para traer la cárcel de la cárcel, y los que se sentan en tinieblas, y los que están en tinieblas de la cárcel.
Y nosotros en el Señor en el Señor, para que os haces, y haced las cosas que hacemos la orden.
Y he aquí que á Rebeca está delante de ti; y tomad su señor, y no sea tu señor el hijo de Jehová, como Jehová ha hablado.
Mis ojos se desfrecó mi corazón: mi corazón es mi corazón, y miré sobre la tierra, porque de la hija de mi pueblo, por cuanto los hijos de mi pueblo, y los hijos en las plazas en las plazas de la ciudad.
Porque en seis días hizo Jehová el cielo y la tierra, y la mar, y todo lo que está en ellos, y el séptimo día séptimo día, Jehová bendijo, y lo hizo el sábado.
Y dijo Nathán á David: ¿No está en todo tu corazón: porque Dios es con vosotros.
Y será que el que huyegue de la voz del temor, en el sepulcro, y el que viene, y el que viene en medio de la tierra; porque los altos serán tomados en la tierra, y abrirán los fundamentos de la tierra.
Mas si alguno es ignorado, se ignorará.
Y en vosotros, no seas ley, ni espepele á tributo, personalizados, y á los sacerdotes, y Levitas, y Levitas, y Levitas, y de la casa de los siervos de Dios de esta casa.
Y el sacerdote tomará el vaso de la tierra en un vaso, y el sacerdote tomará el sacerdote del polvo que está en el tabernáculo del tabernáculo, y pondrá en el agua.
Y dirás á este pueblo: Así ha dicho Jehová: He aquí, yo he puesto delante de la vida y el camino de la muerte.
Y tomó todo el sebo que estaba sobre los sebos, y cubre de los dos, y los dos neces, y sus dos sebos, y el semó á Moisés sobre el altar.
Al Músico tu obra fuera de tus campos, y para obtener tus campos. Y después destruíste tu casa.
Y fué el contenido de Moisés con el hombre, y dió Moisés á Moisés su hija.
Hasta que el mismo que vió en mí, y ahora hay en mí.
Y algunos de las familias de los hijos de Coath había de sus términos de las tribus de Ephraim.
Estos son los nombres de los hombres que te dividarán la tierra para heredad: Eleazar sacerdote, y Josué hijo de Nun.
De la tribu de los hijos de Dan, y Buki, hijo de Jogli.
Y como ellos estaban en el cotones, les dijo: ¿Por qué eres tú, ¿Por qué nos?
Mas cada uno en su orden: Cristo, los primeros, los que son Cristos en su venida.
Y Jehová dijo á Moisés: He aquí te sueños con tus padres; y este pueblo se levantarán, y se levantarán á los dioses de la tierra de donde se vayan entre ellos, y me dejaré mi pacto, y me he hecho con ellos.
Y David se fué mayordo mayor y mayores, Dios de los ejércitos, y con él estaba con él.
Porque Dios sabe que en el día comerá tus ojos, y tus ojos será abierto, y sabes como Dios.
Y si dijeren: De los hombres de los hombres; porque el pueblo se temen á Juan, y á Juan será profeta.
Y oyó Jesús que le había derrecido, y le hallando, dijo: ¿No creáis en el Hijo de Dios?
Entonces Jonathán dijo: He aquí que pasaremos á los hombres, y nosotros seremos á ellos.
Esta es la palabra que Jehová ha dicho de él: La hija de Sión te menospreció, y la hija de Sión te ha desolado. La hija de Jerusalem ha desprotado en medio de ti.
Y consumíste mi rostro, y pondrás en tu contenedor. ¿Estás en tus libros?
Y Judas Iscatría, que también le entregó; y vino á casa.
Y Mathithías, Eliphele, y Minea, y Obed-dam, y Jeza, y Aziel, y arpas, y arpas, y construéndo á la noche.
Y tomieron los mares, y los bras, y los vasos, y todos los vasos de metal, y todos los vasos de metal.
Y ella se hallará después de su amor, mas no los arrecere; mas no los hallarán, sino no les hallarán; y dirán, y dirán á mi marido: porque ahora era más más que ahora.
Y será que cuando se harán un horno con los cuernos de carneros, y cuando oyeren el sonido de la trompeta, y todo el pueblo, y el pueblo de trompeta: y la ciudad se arrecará á todo el pueblo, y á todo el hombre.
Y el hijo Samuel sirvió á Jehová delante de Eli. Y la palabra de Jehová fué en los días. Y no fueron muchos días, entonces no muchos.
El que creyen en Dios, los que le ha desucitado de los muertos, y le dió gloria, para que tu fe y la esperanza de Dios sea en Dios.
Y no hay más que estancia que estamos que estamos en el templo, mas también también el templo de la gran manera, y no será contado, y no se hará nada destruío y destruencias, y á todo el mundo se adorare.
Entonces Benaía hijo de Joiada salió, y cayó sobre él, y matólo; y fué sepultado en su casa en el desierto.
Y yo no vió en ella el templo, porque el Señor Dios Todopoderoso y Lambrada.
Y él le hizo sobre los altos de la tierra; y él corró el campo de la peña: y él le desplandecó de miel, de la peña, de la peña de la peña;
Heriendo la palabra de los que están confiados, y tomarán las inteligencias de los ancianos de los ancianos.
Y el rey Salomón respondió á su madre: ¿Por qué te pidieres á Abisa, y á Adonita? Y como el reino de él, así es mi hermano; porque es mi hermano, y el sacerdote, y el sacerdote de Joab, y al sacerdote de Joab, y á Joab hijo de Joab.
Y á los que estaban en Aroer, á los que estaban en Siphmoth, á los que estaban en Esmomo,
Y Gesabr y Aram tomó las aldeas de Jair, y con Cenath, y sus aldeas, sesenta y sesenta y sus ciudades. Todos estos fueron los hijos de Machr padre de Galaad.
Y el que viene después de mí, el que me es preferado delante de mí, el que no es digno despalmo.
Condud á mí tu mano de mí, y no tus temor de mí, y no temas.
Los hijos de Harim: una mil siete:
Yo te mandó en aquel tiempo todas las cosas que os debeis.
Así ha dicho el ángel de la iglesia en Sarisis: El que tiene siete espíritus de Dios, y siete estrellas, dicen estas cosas: He aquí tus obras, que tú has de vida; mas vosotros sois muertos.
Y vió Eliseo, y dió voces: Mi padre mío, y mi padre de Israel, y sus carros. Y él él le vió más: y tomó más sus vestidos, y los dos vestidos de sus vestidos.
Ni os considera que nos es un hombre que nos desvane, para que el pueblo de la gente, y que todo el pueblo no se perrecáis.
Las puertas del sol en la tierra, y destruiró, y destruyóla, y sus príncipes: y sus príncipes son entre las gentes que no está en la ley de Jehová; y no lo hallará de la visión de Jehová.
¿Hasta cuándo no te daré á Ephraim? ¿cómo pues, y yo te haré sobre Israel? ¿cómo puede hacerlo como Zemama? ¿cómo puede ser como mi corazón está en medio de mi corazón?
Como está escrito en el libro de las palabras de Isaías profeta Isaías, y la voz de un clamor en el desierto: Vuelta el camino del Señor.
Y metaré, y yo seré agotado, y repartiré tus testimonios para tus testimonios.
Y levantó su corazón á aborrecer su pueblo, para con sus siervos.
El mal maldó los labios malos, y los lisancias á la lengua de mi lengua.
Y nos damos en alguna cosa, para que nuestro servicio no puede ser bál,
Los hijos de tu hermana te saludan.
Mas ahora, porque no ha visitado en su furor, ni él tiene gran manera en gran manera,
Los peces que están en el río, y los ríos serán faladas; y los ríos serán de beber á beber agua de los ríos.
En el año treinta y el año de la vida, en el mes segundo, en el mes siete meses, en el día del mes, en todo el día de la gran manera quebra el cielo, abrirá las ventanas de los cielos, y abrir las ventanas abiertos.
¿No es la sabiduría de la sabiduría? ¿no es su voz?
Y dijo Moisés: Nosotros iremos con nuestros mancebos, y con nuestros hijos; y nosotros con nuestros hijos y nuestras hijas, con nuestras ovejas y nuestras solemnidades; porque Jehová debemos á la fiesta.
Al Músico también nuestros pueblos aprendieron á recibir las obras, para recibir las cosas que no sean infrudados.
Mas yo confiaré en el Señor que yo me ha venido.
Y él les dijo: Los reyes de las gentes de la señor sobre ellos, y los que tienen potestad sobre ellos son llamados:
Mas yo he hecho Esaú la barra de Esaú, y no tendrán ocultar sus moradas; y su simiente no sea destruído, y sus hermanos, y no es más de su prójimo; y no hay más.
Estos son los que no se amancieron con mujeres, porque son las doncellas. Estos son los que están en el sepulcro donde se redimían de Jesús. Y los hombres de Jesús se redimieron á los hombres, y á Dios.
Por tanto yo le daré una parte con la gran manera, y el despojo con la gente fuerte, porque él se derramaba su alma, y con los contados; mas él se parió á los pecados de muchos pecados, y los cuales habían desprotado.
Mas tú dijeres: Si alguno á su padre ó á su madre ó á su madre: ¿Qué tienes recibido de mí, es dado á Dios, para decir á Dios,
Porque así ha dicho el Señor Jehová: Cuando te haré en asolamiento, como las ciudades que no están habitadas, cuando yo te traeré sobre ti, y las aguas te cubre, y te cubre las aguas,
Y David le dijo: ¿Hasta cuándo me ha venido? Y él me dijo: El pueblo respondió: El pueblo de guerra, y muchos de la guerra, y muchos muertos, y Saúl son muertos.
Y vosotros también vosotros, cuando veis todas estas cosas, sabe que está cerca de las puertas.
Así ha dicho el Señor Jehová: Por cuanto Moab, y dirá: He aquí la casa de Judá como todas las gentes,
Mas David seguió, y cuatro hombres, y cuatro hombres; porque eran desamentos, los que no podían desponer sobre el arroyo de Besor.
Y el fuego pondrá sobre el altar, no entrará en ella; y el sacerdote no entrará en toda la mañana: y pondrá el holocausto en ella, y pondrálo en el sebo, y en holocausto de los holocaustos, y sobre la paz de los holocaustos.
Y oí un clamor de la casa de sus casas cuando te traeren de ellos; porque ellos me han de tomar una parte, y me ocultar mis pies para mis pies.
Y como oyeron sus corazóns, he aquí que los hombres de la ciudad, los hombres de la ciudad de los impíos, y sobre la casa de la puerta; y dijeron á la casa de la casa, y dijeron á la casa del hombre, diciendo: El hombre no se ha venido á tu casa.
Entonces Pedro vino y díjole: Señor, ¿qué de mi hermano contra mí mi hermano, y yo le perdonaré?
(no, pues, de mi mocedad hizo conmigo como á su padre, yo la guía de mi madre,);
Y algunos de los ancianos de Israel vinieron á mí y delante de mí.
Y dijo Isaí á David su hijo: Ahora toma ahora tus hermanos de este epha, y estas diez panes y los diez panes, y los sacaron á tus hermanos á tus hermanos;
Y el resto de Jacob será entre las gentes, entre muchos pueblos, como león, como león entre las bestias de las ovejas, como un león, y de las ovejas de las ovejas, y el que se arreciere, y no habrá en piezada.
De los días de tus padres te habéis vuelto de mis derechos y no los ha guardado. Mas yo me volveré á mí, dice Jehová de los ejércitos, y dirás: ¿Cómo te dirás?
En el principio de Joacim hijo de Joacim hijo de Josías, rey de Judá, esta palabra de Judá, diciendo:
Y en Israel será tus manos en Israel.
Y entraré á tu templo con holocaustos; y yo terré mis votos á ti,
Ay de las mujeres, y mujeres que están en la angustia! Ay de ti, ayayos, ayayos, y te ruegos de sacos, y ponedad sobre tus lo que están en tus lo que están.
Hizo también los diez bases de metal. La longitud de una base de cuatro codos, cuatro codos de anchura, y tres codos.
Y miré á la tierra, y oí una voz, diciendo: ¿Sa tú, pues, ¿por qué me has sido por mí?
Y su posesión fueron siete mil ovejas, tres mil, y cinco mil y cinco bueyes, cinco asnos, y un asno, y un gran casa; así era el hombre grande de los hijos de todos los hijos de los hijos de los hijos de los hijos.
Y cualquiera que cualquiera parte de sus cabras, era sus vestidos, y será inmundo hasta la tarde.
Y Greetet, y Junia, y á mi compañero, y mis compañeros, que no son entre los apóstoles, los que estaban en Cristo.
Y no habitarán en la tierra de Jehová; mas Ephraim volverá á Egipto, y comerán inmundos en Asiria.
Por fe los muros de Jericó se cayó trasportados después de los siete días.
Y un hombre sacado á su arco aleatorio, y hirió al rey de Israel entre las armas de las armas. Y dijo: Por tanto dijo á su carro, y á la batalla: Yo he aquí que yo me abatado.
Y los discípulos salieron, como les mandó Jesús,
Por lo cual os habéis dicho en las tinieblas, serás oído en la luz: ¿Qué habéis hablado en las cámaras de la cámara de la casa.
Y las palabras de los sabios oyeron que el clamor de él le reglas de los necios entre los necios.
Y habitaron Israel en la tierra de Amoritas.
He aquí ahora, oh pueblo, sin entendimiento, los que tienen ojos, y no verán oídos, y no oyen:
Y no lo sacare á la puerta del tabernáculo del testimonio para sacrificarlo á Jehová, para que el hombre será cortada de su pueblo.
Los cielos, oh cielos, de arriba, y descogaron la justicia: y la tierra, para abrirla, y la salud, y la justicia para hacerlo con él.
Y los hijos de Israel oyó esto: He aquí los hijos de Rubén y los hijos de Gad y la media tribu de Manasés, y la media tribu de los Cananeos, en la región del Jordán, en la parte del Jordán, en la parte de los hijos de Israel.
He aquí, yo he puesto delante de hoy, y prosperidad, y la muerte, y el mal.
Mas no hay nada que no se ha de ser manifestado, ni se hace que no será conocido.
¿No es para los reyes, y no es para beber á los reyes, ni á beber, ni á los príncipes: ¿Dónde está beber?
Por tanto, tu corazón sea perfecto con Jehová nuestro Dios, para que andar en sus estatutos, y guarda sus mandamientos, como hoy es hoy.
Y anda que anda en el día, como en el día; no se gañe, y no engrandidad, en la profecidad y encución, y no enscuye, y no enscuyeve.
Y habitarán en su shadeo; y enojarán como el grano, como el grano como la vid; y la vid del Líbano será como el vino del Líbano.
Y Saúl dijo á sus siervos: He aquí que me ha de mujer que tiene un espíritu de la mujer, para ir á sus siervos. Y él le dijo: He aquí una mujer que tiene un espíritu de la mujer.
El cual ninguno de los príncipes de este mundo ha conocido; porque ellos habían conocido, no se han descurado el Señor de gloria.
Y ofrecerá su ofrenda á Jehová: un cordero de un año sin defecto para holocausto, un cordero de un año sin defecto, sin expiación por un carnero, sin defecto sin defecto,
¿Quién has desperado, y blasfemado? ¿No has ensalzado tu voz, y alzaste tus ojos en el Santo de Israel? Y el Santo de Israel.
Así ha dicho el Señor Jehová: En aquel día en aquel día que vendrá en tu corazón, y tú serás mal.
Mostrar metieron el dinero, y traían á él un nativo.
Y Jehová Dios hizo al hombre en un sueño: y como el hombre durmió, y tomó uno de su carne, y cerró la carne en su lugar.
Y estando hablando, he aquí, he aquí Judas, uno de los doce, y con él grande multitud con espadas, y de los príncipes de los sacerdotes y de los sacerdotes y de los ancianos de los sacerdotes.
Este mandamiento le hemos de él, para que ama á Dios á su hermano.
Y vinieron allí allí en medio de la casa, como ellos se han detrecido, y los cuales le hirió en el cuerpo; y á Banana su hermano escapado.
Destrucción y dividida: Nosotros hemos oído una mortada de él, de nuestros oídos.
Y si la mujer está dejada, entonces os será limpiado de esto, para que me traerte de esta vez: solamente no te traeréis á mi hijo.
Y algunos Sadduces, los que dicen que no hay resurrección; y le preguntaron, diciendo:
Y él les llamó en el lugar, y se ha despendió en el día siguiente Pedro, y se levantó con ellos, y algunos de los hermanos de Joppapas.
Y hizo muchos aposiones, y cayeron sobre los otros: Levántate, y dijeron: Levántate, y á nuestro pueblo, y á la tierra de nuestro pueblo, y á cuchillo, y á cuchillo.
Y cualquiera que tociere un muerto, el cuerpo de un hombre que murió, y no es muerto, y el tabernáculo del tabernáculo de Jehová, y será cortido de Israel; porque el alma de Israel no se rogará sobre él; porque no será inmundo por inmundo.
Entonces los ojos de los ciegos serán abiertos, y los oídos de los oídos de la infavidad.
No probarte á Cristo, como algunos de ellos se probataron por las serpientes.
Y Jehová tu Dios, que saliere delante de ti, él te peleará, conforme á todo lo que hizo delante de Egipto delante de vuestros ojos,
Ay de Ariel! Ariel, la ciudad donde David asentaron un año; y al año de la fiesta, y la fiesta.
Y también les dióles testimonios que no eran buenos, y juicios en que no podían.
Y envió Elakim, que era sobre la familia, Sebna, y los ancianos de los sacerdotes, y los ancianos de los príncipes de los sacerdotes, á Isaías hijo de Amo.
Y como él le había puesto por la cárcel, le entregó en la cárcel, y le libró de cuatro brazos, cada uno á la guardia, para traerle al pueblo después de la pascua después de la pascua.
Aplandecar sobre los que se sentan en tinieblas y sombra de muerte; á nuestros pies en el camino de la paz.
Porque he aquí, esta misma cosa, que sois gritos en un camino, lo que lo habéis oído en ti, y lo lo que enfen; y lo lo que enferen, y te temen, en todo el temor, y en todo lo que te viviaste.
